import type { NextFunction, Request, Response } from 'express';
import { MulterError } from 'multer';
import { logger } from '../config/logger';
import { HttpError } from '../utils/HttpError';

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function errorHandler(err: unknown, req: Request, res: Response, _next: NextFunction) {
  if (err instanceof HttpError) {
    return res.status(err.status).json({ error: err.message, details: err.details });
  }
  if (err instanceof MulterError) {
    return res.status(400).json({ error: 'Upload rejected', code: err.code });
  }
  const error = err instanceof Error ? err : new Error(String(err));
  logger.error('unhandled error', { method: req.method, route: req.route?.path, stack: error.stack });
  // vuln: CWE-209
  return res.status(500).json({ error: error.name, message: error.message, stack: error.stack });
}
