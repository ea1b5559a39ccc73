import type { Middleware } from 'koa';
import type { ZodTypeAny, z } from 'zod';

declare module 'koa' {
  interface DefaultState {
    valid?: unknown;
  }
}

export function validateBody<S extends ZodTypeAny>(schema: S): Middleware {
  return async (ctx, next) => {
    ctx.state.valid = schema.parse(ctx.request.body) as z.infer<S>;
    await next();
  };
}

export function validateQuery<S extends ZodTypeAny>(schema: S): Middleware {
  return async (ctx, next) => {
    ctx.state.valid = schema.parse(ctx.query) as z.infer<S>;
    await next();
  };
}
