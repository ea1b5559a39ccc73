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

// Firebase Auth checked the password: the client trades its signed ID token for a session cookie.
// ok: js/missing-rate-limit
authRouter.post('/session/login', async (req, res) => {
  const idToken = String(req.body.idToken || '');
  const cookie = await users.firebaseAuth.createSessionCookie(idToken, { expiresIn: 3600 * 1000 });
  res.cookie('__session', cookie, { httpOnly: true, secure: true, sameSite: 'strict' });
  res.json({ ok: true });
});

// An ID token and a PIN of the app's own: the PIN can still be guessed.
// ruleid: js/missing-rate-limit
authRouter.post('/kiosk/login', async (req, res) => {
  const decoded = await users.firebaseAuth.verifyIdToken(String(req.body.idToken));
  res.json({ ok: decoded.uid && (await users.checkPin(decoded.uid, req.body.pin)) });
});
