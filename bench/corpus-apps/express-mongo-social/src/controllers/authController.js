import jwt from 'jsonwebtoken';
import { config } from '../config/index.js';
import { User } from '../models/User.js';
import * as userService from '../services/userService.js';
import { safeNext } from '../utils/redirect.js';

export function showLogin(req, res) {
  res.render('login', { title: 'Log in', next: req.query.next, csrfToken: req.csrfToken(), error: req.query.error });
}

export function afterLogin(req, res) {
  const { next } = req.query;
  // vuln: CWE-601
  res.redirect(next || '/feed');
}

export function logout(req, res, nextFn) {
  req.logout((err) => {
    if (err) return nextFn(err);
    // safe: CWE-601
    return res.redirect(safeNext(req.query.next, '/'));
  });
}

export async function register(req, res, next) {
  try {
    const { email, username, displayName, password } = req.body;
    const user = await userService.register({ email, username, displayName, password });
    req.login(user, (err) => (err ? next(err) : res.redirect(safeNext(req.body.next))));
  } catch (err) {
    next(err);
  }
}

export async function verifyEmail(req, res, next) {
  try {
    await userService.verifyEmail(req.query.token);
    res.redirect('/feed?verified=1');
  } catch (err) {
    next(err);
  }
}

/** Mobile client login: returns a bearer token. */
export async function issueToken(req, res, next) {
  try {
    const { email, password } = req.body;
    const user = await User.findOne({ email: String(email).toLowerCase() }).select('+passwordHash');
    if (!user || !(await user.comparePassword(String(password)))) {
      return res.status(401).json({ error: 'invalid credentials' });
    }
    const token = jwt.sign({ sub: user.id }, config.jwtSecret, { algorithm: 'HS256', audience: 'circlespace-api', expiresIn: '1h' });
    return res.json({ token, user: user.toPublicJSON() });
  } catch (err) {
    return next(err);
  }
}

export async function forgotPassword(req, res, next) {
  try {
    await userService.createResetToken(req.body.email);
    res.status(202).json({ ok: true });
  } catch (err) {
    next(err);
  }
}

export async function resetPassword(req, res, next) {
  try {
    const { token, password } = req.body;
    if (typeof password !== 'string' || password.length < 10) {
      return res.status(400).json({ error: 'password too short' });
    }
    await userService.resetPassword(token, password);
    return res.json({ ok: true });
  } catch (err) {
    return next(err);
  }
}
