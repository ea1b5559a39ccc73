import { component$ } from '@builder.io/qwik';
import { Form, routeLoader$ } from '@builder.io/qwik-city';
import { ReviewList } from '~/components/review-list';
import { plainTextToHtml } from '~/lib/server/html';
import {
  reviewsByAuthor,
  reviewsByService,
  reviewsMentioning,
  searchReviewText,
  type Review,
} from '~/lib/server/repositories/review-repository';

function find(mode: string, q: string): Promise<Review[]> {
  switch (mode) {
    case 'phrase':
      return searchReviewText(q);
    case 'service':
      return reviewsByService(q);
    case 'author':
      return reviewsByAuthor(q);
    default:
      return reviewsMentioning(q);
  }
}

export const useReviewSearch = routeLoader$(async ({ query }) => {
  const q = query.get('q') ?? '';
  const mode = query.get('mode') ?? 'words';
  const found = q ? await find(mode, q) : [];
  return {
    q,
    mode,
    results: found.map((r) => ({ author: r.author, service: r.service, rating: r.rating, bodyHtml: plainTextToHtml(r.body) })),
  };
});

export default component$(() => {
  const search = useReviewSearch();
  return (
    <section>
      <h1>Search reviews</h1>
      <Form>
        <input name="q" value={search.value.q} />
        <select name="mode" value={search.value.mode}>
          <option value="words">Any words</option>
          <option value="phrase">Exact phrase</option>
          <option value="service">Service</option>
          <option value="author">Author</option>
        </select>
        <button>Search</button>
      </Form>
      <ReviewList reviews={search.value.results} />
    </section>
  );
});
