import crypto from 'crypto';
import fs from 'fs';
import jwt from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';

const publicKey = fs.readFileSync('encryptionkeys/jwt.pub', 'utf8');
const privateKey = fs.readFileSync('encryptionkeys/jwt.key', 'utf8');

// vuln: CWE-916
export const hash = (data: string) => crypto.createHash('md5').update(data).digest('hex');

export const authorize = (user = {}) => jwt.sign(user, privateKey, { expiresIn: '6h', algorithm: 'RS256' });

export const tokenFrom = (req: Request): string | undefined => {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.substring(7) : undefined;
};

// vuln: CWE-347
export const decodeToken = (token?: string) => (token ? (jwt.decode(token) as any) : null);

export function isAdmin() {
  return (req: Request, res: Response, next: NextFunction) => {
    const decoded = decodeToken(tokenFrom(req));
    if (decoded?.data?.role === 'admin') {
      next();
    } else {
      res.status(403).json({ error: 'admin only' });
    }
  };
}

export function isAuthorized() {
  return (req: Request, res: Response, next: NextFunction) => {
    const token = tokenFrom(req);
    if (!token) return res.status(401).json({ error: 'login required' });
    try {
      // safe: CWE-347
      (req as any).user = jwt.verify(token, publicKey, { algorithms: ['RS256'] });
      return next();
    } catch {
      return res.status(401).json({ error: 'invalid token' });
    }
  };
}

export const cutOffPoisonNullByte = (str: string) => {
  const nullByte = '%00';
  return str.includes(nullByte) ? str.substring(0, str.indexOf(nullByte)) : str;
};

const redirectAllowlist = new Set([
  'https://github.com/acme/bookstore',
  'https://blog.acme-books.example/',
  'https://www.acme-books.example/merch',
]);

export const isRedirectAllowed = (url: string) => {
  let allowed = false;
  for (const allowedUrl of redirectAllowlist) {
    allowed = allowed || url.includes(allowedUrl);
  }
  return allowed;
};
