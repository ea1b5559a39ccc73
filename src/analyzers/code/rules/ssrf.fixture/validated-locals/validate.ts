import type { NextFunction, Request, Response } from 'express';
import type { ZodTypeAny } from 'zod';

type Source = 'body' | 'query' | 'params';

/** Parses req[source] with the schema and keeps the typed result in res.locals[source]. */
export const validate =
  (schema: ZodTypeAny, source: Source = 'body') =>
  (req: Request, res: Response, next: NextFunction) => {
    const result = schema.safeParse(req[source]);
    if (!result.success) return next(new Error('invalid request'));
    res.locals[source] = result.data;
    return next();
  };

/** The signed-in user, loaded from the database by the session id. */
export const loadUser = (users: { byId(id: string): Promise<unknown> }) => async (req: Request, res: Response, next: NextFunction) => {
  res.locals.user = await users.byId(String(req.signedCookies.sid));
  next();
};
