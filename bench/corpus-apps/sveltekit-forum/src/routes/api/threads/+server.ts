import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { threadsByIds, unreadCounts } from '$lib/server/threads';

// GET /api/threads?ids=12,15,19  — reply counts for the thread list badges
export const GET: RequestHandler = ({ url, setHeaders }) => {
  const ids = url.searchParams.get('ids');
  if (!ids) return json([]);
  setHeaders({ 'Cache-Control': 'private, max-age=15' });
  return json(threadsByIds(ids));
};

// POST /api/threads { ids: number[] } — unread counts for the signed-in user
export const POST: RequestHandler = async ({ request, locals }) => {
  if (!locals.user) error(401, 'Sign in first');
  const body = (await request.json()) as { ids?: unknown };
  const ids = (Array.isArray(body.ids) ? body.ids : [])
    .map((v) => Number(v))
    .filter((v) => Number.isInteger(v) && v > 0)
    .slice(0, 100);
  return json(unreadCounts(locals.user.id, ids));
};
