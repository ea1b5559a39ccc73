import type { NextFunction, Request, Response } from 'express';
import type { ZodTypeAny } from 'zod';
import { HttpError } from '../utils/HttpError';

type Source = 'body' | 'query' | 'params';

/** Parses req[source] with the schema and stores the typed result in res.locals[source]. */
export const validate =
  (schema: ZodTypeAny, source: Source = 'body') =>
  (req: Request, res: Response, next: NextFunction) => {
    const result = schema.safeParse(req[source]);
    if (!result.success) {
      return next(new HttpError(400, 'Invalid request', result.error.flatten().fieldErrors));
    }
    res.locals[source] = result.data;
    return next();
  };
