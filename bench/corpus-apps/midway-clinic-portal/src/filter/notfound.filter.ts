import { Catch, httpError, MidwayHttpError } from '@midwayjs/core';
import { MidwayValidationError } from '@midwayjs/validate';
import { Context } from '@midwayjs/koa';

@Catch(httpError.NotFoundError)
export class NotFoundFilter {
  async catch(err: MidwayHttpError, ctx: Context) {
    if (ctx.path.startsWith('/portal')) {
      ctx.status = 404;
      return ctx.render('portal/not-found');
    }
    ctx.status = 404;
    return { success: false, code: 'NOT_FOUND', message: 'resource not found' };
  }
}

@Catch(MidwayValidationError)
export class ValidateErrorFilter {
  async catch(err: MidwayValidationError, ctx: Context) {
    ctx.status = 422;
    // validation messages only name the offending field
    return { success: false, code: 'VALIDATION_FAILED', message: err.message };
  }
}
