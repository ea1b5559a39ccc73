import type { Context, Next } from 'koa';

export async function errorHandler(ctx: Context, next: Next) {
  try {
    await next();
  } catch (err: any) {
    const status = err.status ?? err.statusCode ?? 500;
    ctx.status = status;
    if (status < 500) {
      ctx.body = { error: err.message, code: err.code ?? 'BAD_REQUEST' };
      return;
    }
    ctx.app.emit('error', err, ctx);
    // vuln: CWE-209
    ctx.body = { error: 'Internal error', detail: err.message, stack: err.stack, query: err.query };
  }
}

export async function catalogueErrorHandler(ctx: Context, next: Next) {
  try {
    await next();
  } catch (err: any) {
    ctx.app.emit('error', err, ctx);
    ctx.status = err.status ?? 500;
    ctx.type = 'text/plain';
    // safe: CWE-209
    ctx.body = ctx.status >= 500 ? 'Something went wrong.' : 'Not found.';
  }
}
