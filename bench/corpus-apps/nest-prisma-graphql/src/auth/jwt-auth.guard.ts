import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuthUser, requestFromContext } from './current-user.decorator';

@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestFromContext(context);
    const [scheme, token] = String(req.headers?.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new UnauthorizedException();
    }
    try {
      // safe: CWE-347
      req.user = await this.jwt.verifyAsync<AuthUser>(token, { algorithms: ['HS256'], issuer: 'tracker-api' });
    } catch {
      throw new UnauthorizedException('Invalid or expired token');
    }
    return true;
  }
}
