import jwt from 'jsonwebtoken';
import { config } from '../config/index.js';
import { User } from '../models/User.js';

export function ensureAuth(req, res, next) {
  if (req.isAuthenticated()) return next();
  return res.redirect(`/login?next=${encodeURIComponent(req.originalUrl)}`);
}

export function ensureAdmin(req, res, next) {
  if (req.isAuthenticated() && req.user.role === 'admin') return next();
  return res.status(403).render('error', { title: 'Forbidden', message: 'Administrators only.' });
}

export async function apiAuth(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'missing token' });
  try {
    // safe: CWE-347
    const claims = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'], audience: 'circlespace-api' });
    req.user = await User.findById(claims.sub);
    if (!req.user) return res.status(401).json({ error: 'unknown user' });
    return next();
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
}
