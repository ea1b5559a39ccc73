import type { NextApiRequest, NextApiResponse } from 'next';
import { pool } from '@/lib/db';
import { firstValue } from '@/lib/api';

/**
 * Outbound link tracker. Post bodies link to /api/go?to=<url>&post=<id> so we
 * can count clicks on affiliate and reference links.
 */
export default async function go(req: NextApiRequest, res: NextApiResponse) {
  const to = firstValue(req.query.to);
  const postId = Number(firstValue(req.query.post));
  if (!to) return res.redirect(302, '/');

  if (Number.isInteger(postId)) {
    pool
      .execute('INSERT INTO link_clicks (post_id, url, clicked_at) VALUES (?, ?, NOW())', [postId, to.slice(0, 500)])
      .catch((err) => console.error('click tracking failed', err.code));
  }
  // vuln: CWE-601
  return res.redirect(302, to);
}
