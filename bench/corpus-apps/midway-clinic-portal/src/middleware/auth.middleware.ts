import { Middleware, IMiddleware, Inject, Config, httpError } from '@midwayjs/core';
import { Context, NextFunction } from '@midwayjs/koa';
import { JwtService } from '@midwayjs/jwt';
import * as jsonwebtoken from 'jsonwebtoken';
import { KioskClaims, PatientClaims, StaffClaims } from '../interface';

const PUBLIC_PATHS = new Set([
  '/api/auth/login',
  '/api/auth/register',
  '/api/auth/forgot',
  '/api/auth/reset',
  '/api/auth/refresh',
  '/api/auth/logout',
  '/api/auth/staff/login',
  '/api/lab/webhook',
]);

@Middleware()
export class AuthMiddleware implements IMiddleware<Context, NextFunction> {
  @Inject()
  jwtService: JwtService;

  @Config('jwt.secret')
  jwtSecret: string;

  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      const header = ctx.get('authorization');
      if (!header || !header.startsWith('Bearer ')) {
        throw new httpError.UnauthorizedError('missing bearer token');
      }
      const token = header.slice('Bearer '.length).trim();

      if (ctx.path.startsWith('/api/kiosk/')) {
        // check-in tablets at the front desk carry a long-lived device token
        // vuln: CWE-347
        const claims = jsonwebtoken.decode(token) as KioskClaims | null;
        if (!claims || !claims.deviceId || !Array.isArray(claims.scope) || !claims.scope.includes('checkin')) {
          throw new httpError.UnauthorizedError('invalid device token');
        }
        ctx.state.kiosk = claims;
        return next();
      }

      try {
        const claims = (await this.jwtService.verify(token, this.jwtSecret, {
          algorithms: ['HS256'],
        })) as unknown as StaffClaims | PatientClaims;
        ctx.state.user = claims;
      } catch (err) {
        throw new httpError.UnauthorizedError('invalid token');
      }
      await next();
    };
  }

  match(ctx: Context): boolean {
    return ctx.path.startsWith('/api/') && !PUBLIC_PATHS.has(ctx.path);
  }

  static getName(): string {
    return 'auth';
  }
}
