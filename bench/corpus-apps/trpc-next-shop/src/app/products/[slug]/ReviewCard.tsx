import DOMPurify from 'isomorphic-dompurify';
import { marked } from 'marked';

export interface ReviewView {
  id: string;
  rating: number;
  body: string;
  createdAt: Date;
  author: { name: string | null; image: string | null };
}

export function ReviewCard({ review }: { review: ReviewView }) {
  return (
    <article className="review">
      <header>
        <strong>{review.author.name ?? 'Anonymous'}</strong>
        <span aria-label={`${review.rating} out of 5`}>{'★'.repeat(review.rating)}</span>
        <time dateTime={review.createdAt.toISOString()}>{review.createdAt.toLocaleDateString('en-US')}</time>
      </header>
      {/* safe: CWE-79 */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(review.body, { async: false }) as string) }} />
    </article>
  );
}
