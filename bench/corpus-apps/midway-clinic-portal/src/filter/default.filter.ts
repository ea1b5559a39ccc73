import { Catch } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';

@Catch()
export class DefaultErrorFilter {
  async catch(err: Error & { status?: number; code?: string; sql?: string }, ctx: Context) {
    ctx.logger.error(err);
    ctx.status = err.status ?? 500;
    return {
      success: false,
      code: err.code ?? 'INTERNAL_ERROR',
      message: err.message,
      // vuln: CWE-209
      detail: { stack: err.stack, sql: err.sql },
    };
  }
}
