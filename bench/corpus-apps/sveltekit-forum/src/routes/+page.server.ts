import type { PageServerLoad } from './$types';
import { listThreads, threadsByTag } from '$lib/server/threads';

export const load: PageServerLoad = ({ url }) => {
  const page = Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1;
  const tag = url.searchParams.get('tag');
  if (tag) {
    return { threads: threadsByTag(tag, url.searchParams.get('order') ?? 'new'), page: 1, tag };
  }
  return { threads: listThreads(url.searchParams.get('category'), page), page, tag: null };
};
