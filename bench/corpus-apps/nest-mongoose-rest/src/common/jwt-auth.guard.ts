import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as jwt from 'jsonwebtoken';

function bearer(header?: string) {
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext) {
    const req = context.switchToHttp().getRequest();
    const token = bearer(req.headers.authorization);
    if (!token) throw new UnauthorizedException();
    try {
      // safe: CWE-347
      req.user = await this.jwt.verifyAsync(token, { algorithms: ['HS256'] });
    } catch {
      throw new UnauthorizedException();
    }
    return req.user.typ !== 'refresh';
  }
}

/**
 * Partner portals (body shops, tyre fitters) call us with a token minted by the partner gateway,
 * and we read the partner id and depot scope from it.
 */
@Injectable()
export class PartnerGuard implements CanActivate {
  canActivate(context: ExecutionContext) {
    const req = context.switchToHttp().getRequest();
    const token = bearer(req.headers.authorization);
    if (!token) throw new UnauthorizedException();
    // vuln: CWE-347
    const claims = jwt.decode(token) as { partnerId?: string; depots?: string[] } | null;
    if (!claims?.partnerId) throw new UnauthorizedException();
    req.partner = { id: claims.partnerId, depots: claims.depots ?? [] };
    return true;
  }
}
