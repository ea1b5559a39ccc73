import { Catch, httpError, MidwayHttpError } from '@midwayjs/core';
import { MidwayValidationError } from '@midwayjs/validate';
import { Context } from '@midwayjs/koa';

// Midway sends what a filter's catch() returns as the response body.
@Catch()
export class DefaultErrorFilter {
  async catch(err: Error & { status?: number }, ctx: Context) {
    ctx.status = err.status ?? 500;
    // ruleid: js/stack-trace-exposure
    return { success: false, message: 'internal error', stack: err.stack };
  }
}

@Catch()
export class QuietErrorFilter {
  async catch(err: Error, ctx: Context) {
    ctx.logger.error(err);
    ctx.status = 500;
    // ok: js/stack-trace-exposure
    return { success: false, message: 'internal error' };
  }
}

@Catch(httpError.NotFoundError)
export class NotFoundFilter {
  async catch(err: MidwayHttpError, ctx: Context) {
    ctx.status = 404;
    // ok: js/stack-trace-exposure
    return { success: false, message: err.message };
  }
}

@Catch(MidwayValidationError)
export class ValidateErrorFilter {
  async catch(err: MidwayValidationError, ctx: Context) {
    ctx.status = 422;
    // ok: js/stack-trace-exposure
    return { success: false, message: err.message };
  }
}
