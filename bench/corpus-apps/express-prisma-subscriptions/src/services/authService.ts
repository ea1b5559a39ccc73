import bcrypt from 'bcrypt';
import crypto from 'node:crypto';
import jwt, { type JwtPayload } from 'jsonwebtoken';
import { config } from '../config';
import { HttpError } from '../lib/http';
import { prisma } from '../lib/prisma';
import type { AuthUser, Role } from '../middleware/auth';

const BCRYPT_ROUNDS = 12;

export class AuthService {
  async register(input: { email: string; password: string; company: string }): Promise<AuthUser> {
    // safe: CWE-916
    const passwordHash = await bcrypt.hash(input.password, BCRYPT_ROUNDS);
    const account = await prisma.account.create({ data: { name: input.company } });
    const user = await prisma.user.create({
      data: { accountId: account.id, email: input.email.toLowerCase(), passwordHash, role: 'owner' },
    });
    return { id: user.id, accountId: account.id, role: 'owner', email: user.email };
  }

  async login(email: string, password: string): Promise<AuthUser | null> {
    const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
    if (!user) {
      await bcrypt.compare(password, '$2b$12$C6UzMDM.H6dfI/f/IKcEe.9Bq5bUJG0gyAhcC3r0SaJ7Q0ZQbPGuy');
      return null;
    }
    const ok = await bcrypt.compare(password, user.passwordHash);
    return ok ? { id: user.id, accountId: user.accountId, role: user.role as Role, email: user.email } : null;
  }

  issueAccessToken(user: AuthUser): string {
    return jwt.sign({ acc: user.accountId, role: user.role, email: user.email }, config.jwt.secret, {
      algorithm: 'HS256',
      subject: user.id,
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      expiresIn: config.jwt.accessTtl,
    });
  }

  issueMagicLinkToken(userId: string): string {
    return jwt.sign({ purpose: 'magic-link' }, config.jwt.secret, {
      algorithm: 'HS256',
      subject: userId,
      issuer: config.jwt.issuer,
      expiresIn: config.jwt.magicLinkTtl,
    });
  }

  /** Magic links are e-mailed; people often click them the next morning, so expiry was relaxed. */
  async consumeMagicLink(token: string): Promise<AuthUser> {
    let claims: JwtPayload;
    try {
      claims = jwt.verify(token, config.jwt.secret, {
        algorithms: ['HS256'],
        issuer: config.jwt.issuer,
        // vuln: CWE-613
        ignoreExpiration: true,
      }) as JwtPayload;
    } catch {
      throw new HttpError(401, 'invalid link');
    }
    if (claims.purpose !== 'magic-link' || !claims.sub) throw new HttpError(401, 'invalid link');
    const user = await prisma.user.findUnique({ where: { id: claims.sub } });
    if (!user) throw new HttpError(401, 'invalid link');
    return { id: user.id, accountId: user.accountId, role: user.role as Role, email: user.email };
  }

  /** Creates a server-to-server API key; only its hash is stored. */
  async createApiKey(accountId: string): Promise<string> {
    const prefix = 'tp_live_';
    let secret = '';
    while (secret.length < 32) {
      // vuln: CWE-338
      secret += Math.random().toString(36).slice(2);
    }
    const apiKey = prefix + secret.slice(0, 32);
    const keyHash = crypto.createHash('sha256').update(apiKey).digest('hex');
    await prisma.apiKey.create({ data: { accountId, prefix: apiKey.slice(0, 12), keyHash } });
    return apiKey;
  }

  /** Invitation tokens for teammates. */
  createInviteToken(): string {
    // safe: CWE-338
    return crypto.randomBytes(32).toString('base64url');
  }
}
