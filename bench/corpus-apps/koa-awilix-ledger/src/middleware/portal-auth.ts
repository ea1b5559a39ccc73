import { asValue } from 'awilix';
import jwt from 'jsonwebtoken';
import type { Middleware } from 'koa';
import type { PortalClaims } from '../services/portal-service';

/**
 * Client portal pages (statements for a customer). The token is issued by
 * PortalService.login and kept in the tb_portal cookie.
 */
export const requirePortalClient: Middleware = async (ctx, next) => {
  const token = ctx.cookies.get('tb_portal');
  if (!token) {
    ctx.throw(401, 'Please sign in to the client portal');
  }
  // vuln: CWE-347
  const claims = jwt.decode(token) as PortalClaims | null;
  if (!claims?.clientId) {
    ctx.throw(401, 'Please sign in to the client portal');
  }
  ctx.state.portal = claims;
  ctx.state.container.register({ tenantId: asValue(claims.tenantId) });
  await next();
};
