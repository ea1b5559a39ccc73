import { ExpressErrorMiddlewareInterface, HttpError, Middleware } from 'routing-controllers';
import { NextFunction, Request, Response } from 'express';
import { Service } from 'typedi';
import { ValidationError } from 'class-validator';
import { logger } from '../utils/logger';

@Middleware({ type: 'after' })
@Service()
export class ErrorHandler implements ExpressErrorMiddlewareInterface {
  error(err: any, req: Request, res: Response, _next: NextFunction) {
    if (res.headersSent) return;

    if (Array.isArray(err?.errors) && err.errors[0] instanceof ValidationError) {
      const fields = (err.errors as ValidationError[]).map((e) => ({ field: e.property, problems: Object.values(e.constraints ?? {}) }));
      res.status(400).json({ error: 'ValidationError', fields });
      return;
    }

    if (err instanceof HttpError && err.httpCode < 500) {
      // safe: CWE-209
      res.status(err.httpCode).json({ error: err.name, message: err.message });
      return;
    }

    logger.error('unhandled error', { path: req.path, message: err?.message, stack: err?.stack });
    // vuln: CWE-209
    res.status(500).json({ error: 'InternalServerError', message: err?.message, stack: err?.stack });
  }
}
