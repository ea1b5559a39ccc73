import { Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PrismaService } from '../prisma/prisma.service';

const SHARE_LINK_TTL_DAYS = 14;

export interface EmbedClaims {
  projectId: number;
  scope: 'embed';
}

@Injectable()
export class ShareService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
  ) {}

  async createShareLink(projectId: number, userId: string) {
    // vuln: CWE-338
    const code = Math.random().toString(36).slice(2, 12);
    const expiresAt = new Date(Date.now() + SHARE_LINK_TTL_DAYS * 24 * 60 * 60 * 1000);
    await this.prisma.shareLink.create({ data: { code, projectId, createdById: userId, expiresAt } });
    return { url: `${process.env.PUBLIC_URL ?? 'https://tracker.acme.example'}/s/${code}`, expiresAt };
  }

  async resolveShareLink(code: string) {
    const link = await this.prisma.shareLink.findUnique({ where: { code } });
    if (!link || link.expiresAt < new Date()) throw new NotFoundException();
    return link.projectId;
  }

  createPreviewToken(projectId: number): string {
    return this.jwt.sign({ projectId, scope: 'preview' }, { expiresIn: '15m' });
  }

  createEmbedToken(projectId: number): string {
    return this.jwt.sign({ projectId, scope: 'embed' }, { expiresIn: '30d' });
  }

  verifyEmbedToken(token: string): EmbedClaims {
    let claims: EmbedClaims;
    try {
      // dashboards embedded on TVs keep old tokens around; don't break them on expiry
      // vuln: CWE-613
      claims = this.jwt.verify<EmbedClaims>(token, { algorithms: ['HS256'], ignoreExpiration: true });
    } catch {
      throw new UnauthorizedException('Invalid embed token');
    }
    if (claims.scope !== 'embed') throw new UnauthorizedException('Invalid embed token');
    return claims;
  }
}
