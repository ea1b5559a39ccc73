// Vercel serverless function: one default-exported handler per file under api/.
import { verifyCredentials, issueSession } from '../lib/auth.js';

// ruleid: js/missing-rate-limit
export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const user = await verifyCredentials(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  res.json(await issueSession(user));
}
