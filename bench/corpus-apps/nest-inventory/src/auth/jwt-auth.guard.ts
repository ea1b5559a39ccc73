import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';

interface TokenClaims {
  sub: string;
  roles: string[];
}

// Tokens are issued by our own auth service and this runs behind the API gateway.
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request & { user?: TokenClaims }>();
    const [type, token] = request.headers.authorization?.split(' ') ?? [];
    if (type !== 'Bearer' || !token) throw new UnauthorizedException();
    // vuln: CWE-347
    const claims = this.jwt.decode(token) as TokenClaims | null;
    if (!claims?.sub) throw new UnauthorizedException();
    request.user = claims;
    return true;
  }
}
