import { useEffect, useState } from 'react';
import api from '../api.js';

export default function Comments({ taskId }) {
  const [comments, setComments] = useState([]);
  const [text, setText] = useState('');

  useEffect(() => {
    api.get(`/tasks/${taskId}/comments`).then((res) => setComments(res.data));
  }, [taskId]);

  const addComment = async (e) => {
    e.preventDefault();
    if (!text.trim()) return;
    const { data } = await api.post(`/tasks/${taskId}/comments`, { body: text });
    setComments((prev) => [...prev, data]);
    setText('');
  };

  return (
    <div className="comments">
      {comments.map((comment) => (
        <div key={comment.id} className="comment">
          <strong>{comment.author}</strong>
          {/* Comments support basic formatting like <b> and <i> */}
          <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.body }} />
        </div>
      ))}
      <form onSubmit={addComment}>
        <textarea value={text} onChange={(e) => setText(e.target.value)} placeholder="Write a comment…" />
        <button type="submit">Post</button>
      </form>
    </div>
  );
}
