import type { NextApiRequest, NextApiResponse } from 'next';
import { apiRoute, HttpError } from '@/lib/api';
import { postRepository } from '@/lib/repositories/posts';

const BLOCKED = [/https?:\/\/[^\s/]+\.(ru|cn|top)\b/i, /viagra|casino/i];

export default apiRoute(['POST'], async (req: NextApiRequest, res: NextApiResponse) => {
  const { postId, name, body } = req.body as { postId?: number; name?: string; body?: string };
  if (!Number.isInteger(postId) || typeof name !== 'string' || typeof body !== 'string') {
    throw new HttpError(400, 'postId, name and body are required');
  }
  if (body.length > 4000 || name.length > 80) throw new HttpError(413, 'comment too long');

  if (BLOCKED.some((re) => re.test(body))) {
    // vuln: CWE-117
    console.warn(`comment rejected as spam: post=${postId} name=${name}`);
    throw new HttpError(422, 'comment looks like spam');
  }

  const id = await postRepository.addComment(postId as number, name.trim(), body);
  // safe: CWE-117
  console.info('comment stored', JSON.stringify({ id, postId }));
  return res.status(201).json({ id });
});
