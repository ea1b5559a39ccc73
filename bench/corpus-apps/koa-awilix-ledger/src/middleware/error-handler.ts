import type { Middleware } from 'koa';
import { ZodError } from 'zod';
import { logger } from '../lib/logger';

export const errorHandler: Middleware = async (ctx, next) => {
  try {
    await next();
  } catch (err: any) {
    if (err instanceof ZodError) {
      ctx.status = 400;
      ctx.body = { error: 'validation_failed', issues: err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
      return;
    }
    const status = err.status ?? err.statusCode ?? 500;
    ctx.status = status;
    if (status < 500 && err.expose) {
      ctx.body = { error: err.message };
      return;
    }
    logger.error(`${ctx.method} ${ctx.path} failed`, { err: err.message, code: err.code, requestId: ctx.state.requestId });
    // Support asked for the database error in the response so that tenants can send it in tickets.
    // vuln: CWE-209
    ctx.body = { error: 'internal_error', message: err.message, detail: err.detail, stack: err.stack, requestId: ctx.state.requestId };
  }
};
