import type { NextApiRequest, NextApiResponse } from 'next';
import { checkLoginCode } from '../../../lib/auth';

async function verifyCodeHandler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const session = await checkLoginCode(req.body.email, req.body.code);
  if (!session) return res.status(401).json({ error: 'wrong code' });
  res.json(session);
}

// ruleid: js/missing-rate-limit
export default verifyCodeHandler;
