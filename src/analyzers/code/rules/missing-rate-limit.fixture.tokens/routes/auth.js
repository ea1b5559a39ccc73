import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { users } from '../users.js';

export const authRouter = Router();
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

// ok: js/missing-rate-limit
authRouter.post('/login', loginLimiter, async (req, res) => {
  const user = await users.authenticate(req.body.email, req.body.password);
  if (!user) return res.sendStatus(401);
  res.redirect('/dashboard');
});

// A token exchange for the browser extension checks the password like the form does.
// ruleid: js/missing-rate-limit
authRouter.post('/api/token', async (req, res) => {
  const user = await users.authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid_credentials' });
  res.json({ access_token: users.issue(user) });
});

// The password grant, destructured.
// ruleid: js/missing-rate-limit
authRouter.post('/oauth2/tokens', async (req, res) => {
  const { username, password } = req.body;
  const user = await users.authenticate(username, password);
  res.json(user ? { access_token: users.issue(user) } : { error: 'invalid_grant' });
});

// A token for the signed-in user: nothing to guess.
// ok: js/missing-rate-limit
authRouter.post('/api/tokens', users.requireAuth, async (req, res) => {
  res.json({ token: users.issue(req.user, req.body.scopes) });
});

// Limited on the route.
// ok: js/missing-rate-limit
authRouter.post('/api/v2/token', loginLimiter, async (req, res) => {
  const user = await users.authenticate(req.body.email, req.body.password);
  res.json(user ? { access_token: users.issue(user) } : { error: 'invalid_credentials' });
});
