import type { PageServerLoad } from './$types';
import { searchThreads } from '$lib/server/threads';

export const load: PageServerLoad = ({ url }) => {
  const q = (url.searchParams.get('q') ?? '').trim();
  const category = url.searchParams.get('category') || undefined;
  if (q.length < 2) {
    return { q, category, results: [] };
  }
  return { q, category, results: searchThreads(q, category) };
};
