import type { NextFunction, Request, Response } from 'express';
import type { ZodTypeAny } from 'zod';

type Part = 'body' | 'query' | 'params';

// Parses req[part] and keeps the typed result in res.locals[part] for the handlers after it.
export const validate =
  (schema: ZodTypeAny, part: Part = 'body') =>
  (req: Request, res: Response, next: NextFunction) => {
    const result = schema.safeParse(req[part]);
    if (!result.success) return res.status(400).json({ error: 'invalid request' });
    res.locals[part] = result.data;
    return next();
  };
