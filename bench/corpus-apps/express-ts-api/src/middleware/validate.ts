import type { NextFunction, Request, Response } from 'express';

export function validateBody(fields: string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const missing = fields.filter((f) => req.body?.[f] === undefined || req.body[f] === '');
    if (missing.length) return res.status(400).json({ error: `missing ${missing.join(', ')}` });
    return next();
  };
}

export const jsonOnly = (req: Request, res: Response, next: NextFunction) =>
  req.is('application/json') ? next() : res.status(415).end();
