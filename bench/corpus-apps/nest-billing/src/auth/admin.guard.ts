import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class AdminGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
    try {
      // safe: CWE-347
      const claims = await this.jwt.verifyAsync(token, { secret: process.env.JWT_SECRET, algorithms: ['HS256'] });
      return claims.role === 'admin';
    } catch {
      throw new UnauthorizedException();
    }
  }
}
