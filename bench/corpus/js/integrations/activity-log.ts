import type { Request, Response, NextFunction } from 'express';
import fs from 'node:fs';
import pino from 'pino';

const structured = pino({ level: 'info' });
const auditStream = fs.createWriteStream('/var/log/app/audit.log', { flags: 'a' });

export function requestLogger(req: Request, _res: Response, next: NextFunction) {
  // ruleid: js/log-injection
  auditStream.write(`${new Date().toISOString()} ${req.method} ${req.path} user=${req.headers['x-user']}\n`);
  next();
}

export function loginFailed(req: Request, res: Response) {
  const { email } = req.body as { email: string };
  // ruleid: js/log-injection
  console.warn('Login failed for ' + email);
  res.status(401).json({ error: 'Invalid credentials' });
}

export function searchLogged(req: Request, res: Response) {
  const term = String(req.query.q ?? '');
  // ruleid: js/log-injection
  console.info(`search: ${term}`);
  res.json([]);
}

export function loginFailedStructured(req: Request, res: Response) {
  // ok: js/log-injection
  structured.warn({ email: req.body.email }, 'login failed');
  res.status(401).json({ error: 'Invalid credentials' });
}

export function searchLoggedEscaped(req: Request, res: Response) {
  // ok: js/log-injection
  console.info('search: %s', JSON.stringify(String(req.query.q ?? '')));
  res.json([]);
}
