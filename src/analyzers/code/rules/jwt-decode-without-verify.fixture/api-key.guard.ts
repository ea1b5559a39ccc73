import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

// NestJS's JwtService.decode does not check the signature: known by the field's declared type.
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(private readonly tokens: JwtService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    // ruleid: js/jwt-decode-without-verify
    const payload = this.tokens.decode(String(request.headers['x-api-key'])) as { sub?: string } | null;
    if (!payload?.sub) throw new UnauthorizedException();
    return true;
  }
}

@Injectable()
export class VerifiedGuard implements CanActivate {
  constructor(private readonly tokens: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    // ok: js/jwt-decode-without-verify
    const payload = await this.tokens.verifyAsync(String(request.headers['x-api-key']), { algorithms: ['HS256'] });
    return payload.scope === 'billing';
  }
}

// Another service with a decode method is not a JWT library.
class Base64Codec {
  decode(text: string): string {
    return Buffer.from(text, 'base64').toString('utf8');
  }
}

@Injectable()
export class HeaderGuard implements CanActivate {
  constructor(private readonly codec: Base64Codec) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    // ok: js/jwt-decode-without-verify
    const tenant = this.codec.decode(String(request.headers['x-tenant']));
    if (!tenant) throw new UnauthorizedException();
    return true;
  }
}
