import { useEffect, useState } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function CommentList({ postId }) {
  const [comments, setComments] = useState([]);

  useEffect(() => {
    fetch(`/api/posts/${postId}/comments`)
      .then((res) => res.json())
      .then(setComments);
  }, [postId]);

  return (
    <ul className="comments">
      {comments.map((c) => (
        <li key={c.id}>
          <span className="author">{c.author}</span>
          {/* ruleid: js/xss */}
          <div dangerouslySetInnerHTML={{ __html: c.html }} />
        </li>
      ))}
    </ul>
  );
}

export function MarkdownPreview({ source }) {
  // ruleid: js/xss
  return <div className="preview" dangerouslySetInnerHTML={{ __html: marked.parse(source) }} />;
}

export function SafeMarkdownPreview({ source }) {
  const html = DOMPurify.sanitize(marked.parse(source));
  // ok: js/xss
  return <div className="preview" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function StaticNotice() {
  // ok: js/xss
  return <p dangerouslySetInnerHTML={{ __html: 'Read our <a href="/terms">terms</a>.' }} />;
}

export function PlainComment({ comment }) {
  // ok: js/xss
  return <p>{comment.body}</p>;
}
