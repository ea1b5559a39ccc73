import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

interface ServiceClaims {
  sub: string;
  scope?: string[];
}

@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const token = String(request.headers['x-api-key'] ?? '');
    // vuln: CWE-347
    const payload = this.jwt.decode(token) as ServiceClaims | null;
    if (!payload?.sub) throw new UnauthorizedException();
    request.service = payload.sub;
    return Boolean(payload.scope?.includes('billing'));
  }
}
