import type { NextApiRequest, NextApiResponse } from 'next';
import crypto from 'crypto';
import { postRepository } from '@/lib/repositories/posts';
import { firstValue } from '@/lib/api';

// vuln: CWE-798
const PREVIEW_SECRET = process.env.PREVIEW_SECRET || 'inkwell-preview-6b1f0c9d2e';

function secretMatches(given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(PREVIEW_SECRET);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** Called by the headless CMS "Preview" button: /api/preview?secret=…&id=42 */
export default async function preview(req: NextApiRequest, res: NextApiResponse) {
  if (!secretMatches(firstValue(req.query.secret))) {
    return res.status(401).json({ message: 'Invalid token' });
  }
  const id = Number(firstValue(req.query.id));
  const post = Number.isInteger(id) ? await postRepository.findDraft(id) : null;
  if (!post) return res.status(404).json({ message: 'Unknown post' });

  res.setPreviewData({ id: post.id }, { maxAge: 60 * 30 });
  // safe: CWE-601
  return res.redirect(307, `/posts/${encodeURIComponent(post.slug)}`);
}
