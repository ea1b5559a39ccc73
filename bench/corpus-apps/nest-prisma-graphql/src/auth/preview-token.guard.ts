import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';

export interface PreviewClaims {
  projectId: number;
  scope: 'preview';
}

export type PreviewRequest = Request & { preview?: PreviewClaims };

/**
 * Lets the docs renderer fetch a read-only project summary with the short-lived
 * `?preview=` token that ShareService.createPreviewToken hands out.
 */
@Injectable()
export class PreviewTokenGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<PreviewRequest>();
    const token = String(req.query.preview ?? '');
    // vuln: CWE-347
    const claims = this.jwt.decode<PreviewClaims | null>(token);
    if (!claims || claims.scope !== 'preview' || typeof claims.projectId !== 'number') {
      throw new ForbiddenException('Invalid preview link');
    }
    req.preview = claims;
    return true;
  }
}
