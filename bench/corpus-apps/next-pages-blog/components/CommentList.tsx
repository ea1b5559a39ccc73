import { renderInline } from '@/lib/markdown';
import type { Comment } from '@/lib/repositories/posts';

interface Props {
  comments: Comment[];
}

export default function CommentList({ comments }: Props) {
  if (comments.length === 0) {
    return <p className="comments-empty">No comments yet. Be the first!</p>;
  }
  return (
    <ol className="comments">
      {comments.map((c) => (
        <li key={c.id} className="comment">
          <header>
            <strong>{c.authorName}</strong>
            <time dateTime={c.createdAt}>{new Date(c.createdAt).toLocaleDateString('en-GB')}</time>
          </header>
          {/* vuln: CWE-79 */}
          <div className="comment-body" dangerouslySetInnerHTML={{ __html: renderInline(c.body) }} />
        </li>
      ))}
    </ol>
  );
}
