import type { Context, Next } from 'koa';
import { AuthService } from '../services/auth.service';

export function requireUser(auth: AuthService, ...roles: string[]) {
  return async (ctx: Context, next: Next) => {
    const header = ctx.get('authorization');
    const token = header.startsWith('Bearer ') ? header.slice(7) : ctx.session?.token;
    if (!token) ctx.throw(401, 'Authentication required');
    let claims;
    try {
      claims = auth.verify(token);
    } catch {
      ctx.throw(401, 'Invalid token');
    }
    if (roles.length && !roles.includes(claims.role)) ctx.throw(403, 'Forbidden');
    ctx.state.user = claims;
    await next();
  };
}
