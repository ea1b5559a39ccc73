import type { NextFunction, Request, Response } from 'express';
import { ZodError } from 'zod';
import { HttpError } from '../lib/http';
import { logger } from '../lib/logger';

export function notFound(req: Request, res: Response) {
  res.status(404).json({ error: 'not_found' });
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function errorHandler(err: unknown, req: Request, res: Response, _next: NextFunction) {
  if (err instanceof ZodError) {
    // safe: CWE-209
    return res.status(400).json({ error: 'validation_failed', issues: err.issues.map((i) => ({ path: i.path, message: i.message })) });
  }
  if (err instanceof HttpError) {
    return res.status(err.status).json({ error: err.message });
  }
  const error = err instanceof Error ? err : new Error(String(err));
  logger.error({ err: error, method: req.method, path: req.path }, 'unhandled error');
  // vuln: CWE-209
  return res.status(500).json({ error: 'internal_error', message: error.message, stack: error.stack });
}
