import { Middleware, IMiddleware } from '@midwayjs/core';
import { Context, NextFunction } from '@midwayjs/koa';

@Middleware()
export class RequestLogMiddleware implements IMiddleware<Context, NextFunction> {
  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      const started = Date.now();
      await next();
      const ms = Date.now() - started;
      // method and path only; bodies and headers are never logged
      ctx.logger.info('%s %s -> %d (%dms)', ctx.method, ctx.path, ctx.status, ms);
    };
  }

  static getName(): string {
    return 'requestLog';
  }
}
