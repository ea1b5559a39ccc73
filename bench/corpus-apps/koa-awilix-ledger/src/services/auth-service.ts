import jwt from 'jsonwebtoken';
import type { AppConfig } from '../config';
import type { Logger } from '../lib/logger';
import { hashPassword, randomToken, sha256Hex, verifyPassword } from '../lib/passwords';
import type UserRepository from '../repositories/user-repository';

export interface SessionUser {
  id: number;
  tenantId: number;
  role: string;
}

export class AuthService {
  private readonly users: UserRepository;
  private readonly config: AppConfig;
  private readonly logger: Logger;

  constructor({ userRepository, config, logger }: { userRepository: UserRepository; config: AppConfig; logger: Logger }) {
    this.users = userRepository;
    this.config = config;
    this.logger = logger;
  }

  async login(email: string, password: string, ip: string): Promise<{ token: string; user: SessionUser } | null> {
    const user = await this.users.findByEmail(email);
    if (!user || !(await verifyPassword(user.password_hash, password))) {
      // vuln: CWE-117
      this.logger.warn(`Failed login for ${email} from ${ip}`);
      return null;
    }
    const sessionUser = { id: user.id, tenantId: user.tenant_id, role: user.role };
    // safe: CWE-347
    const token = jwt.sign(sessionUser, this.config.jwtSecret, { algorithm: 'HS256', expiresIn: '8h', issuer: 'tallybook' });
    this.logger.info('login ok', { userId: user.id, tenantId: user.tenant_id });
    return { token, user: sessionUser };
  }

  verifyToken(token: string): SessionUser {
    // safe: CWE-347
    const claims = jwt.verify(token, this.config.jwtSecret, { algorithms: ['HS256'], issuer: 'tallybook' }) as jwt.JwtPayload;
    return { id: Number(claims.id), tenantId: Number(claims.tenantId), role: String(claims.role) };
  }

  /** Creates a reset link token and returns it for the mailer. */
  async requestPasswordReset(email: string): Promise<string | null> {
    const user = await this.users.findByEmail(email);
    if (!user) return null;
    // vuln: CWE-338
    const token = Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
    await this.users.saveResetToken(user.id, token, new Date(Date.now() + 60 * 60 * 1000));
    return token;
  }

  async resetPassword(token: string, newPassword: string): Promise<boolean> {
    const userId = await this.users.consumeResetToken(token);
    if (!userId) return false;
    await this.users.updatePassword(userId, await hashPassword(newPassword));
    return true;
  }

  /** Personal API keys for the CLI; only the digest is stored. */
  createApiKey(): { key: string; digest: string } {
    // safe: CWE-338
    const key = `tbk_${randomToken(24)}`;
    return { key, digest: sha256Hex(key) };
  }
}
