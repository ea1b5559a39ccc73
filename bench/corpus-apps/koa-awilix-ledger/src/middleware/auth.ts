import { asValue } from 'awilix';
import type { Middleware } from 'koa';
import type { AuthService } from '../services/auth-service';

/**
 * Verifies the bearer token and binds the caller into the request scope so that
 * tenant-scoped repositories resolved afterwards get the right tenantId.
 */
export const requireUser: Middleware = async (ctx, next) => {
  const header = ctx.get('Authorization');
  const token = header.startsWith('Bearer ') ? header.slice(7) : undefined;
  if (!token) {
    ctx.throw(401, 'Authentication required');
  }
  const auth = ctx.state.container.resolve<AuthService>('authService');
  let user;
  try {
    user = auth.verifyToken(token);
  } catch {
    ctx.throw(401, 'Invalid or expired token');
  }
  ctx.state.user = user;
  ctx.state.container.register({
    currentUser: asValue(user),
    tenantId: asValue(user.tenantId),
  });
  await next();
};

export function requireRole(...roles: string[]): Middleware {
  return async (ctx, next) => {
    if (!roles.includes(ctx.state.user?.role)) {
      ctx.throw(403, 'Forbidden');
    }
    await next();
  };
}
