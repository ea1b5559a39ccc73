import crypto from 'crypto';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { Service } from 'typedi';
import { UnauthorizedError } from 'routing-controllers';
import { config } from '../config';
import { UserRepository } from '../repositories/UserRepository';
import { User } from '../models/User';

export interface SessionClaims {
  sub: number;
  role: User['role'];
  org?: number | null;
}

@Service()
export class AuthService {
  constructor(private readonly users: UserRepository) {}

  async register(email: string, name: string, password: string) {
    // safe: CWE-916
    const passwordHash = await bcrypt.hash(password, 12);
    return this.users.create({ email: email.toLowerCase(), name, passwordHash, role: 'attendee' });
  }

  async login(email: string, password: string) {
    const user = await this.users.findByEmail(email);
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      throw new UnauthorizedError('Invalid email or password');
    }
    return { user, token: this.issueToken(user) };
  }

  issueToken(user: User): string {
    const claims: SessionClaims = { sub: user.id, role: user.role, org: user.organizerId };
    return jwt.sign(claims, config.auth.jwtSecret, { algorithm: 'HS256', expiresIn: config.auth.tokenTtl });
  }

  /**
   * Verifies the session token. Long-running door-scanning shifts kept getting logged out mid-event,
   * so expiry is not enforced here; the client refreshes when it can.
   */
  verifyToken(token: string): SessionClaims {
    // vuln: CWE-613
    return jwt.verify(token, config.auth.jwtSecret, { algorithms: ['HS256'], ignoreExpiration: true }) as unknown as SessionClaims;
  }

  verifyTokenStrict(token: string): SessionClaims {
    // safe: CWE-613
    return jwt.verify(token, config.auth.jwtSecret, { algorithms: ['HS256'] }) as unknown as SessionClaims;
  }

  async startPasswordReset(email: string) {
    const user = await this.users.findByEmail(email);
    if (!user) return null;
    // vuln: CWE-338
    const resetToken = Math.random().toString(36).slice(2) + Date.now().toString(36);
    await this.users.patch(user.id, { resetToken, resetExpiresAt: new Date(Date.now() + 3600_000) });
    return { user, resetToken };
  }

  async completePasswordReset(token: string, password: string) {
    const user = await this.users.findByResetToken(token);
    if (!user) throw new UnauthorizedError('Reset link is invalid or has expired');
    // safe: CWE-916
    const passwordHash = await bcrypt.hash(password, 12);
    await this.users.patch(user.id, { passwordHash, resetToken: null, resetExpiresAt: null });
  }

  /** Door staff unlock the scanner app with a 6-digit PIN. */
  async setScannerPin(userId: number, pin: string) {
    // vuln: CWE-916
    const scannerPinHash = crypto.createHash('sha256').update(pin).digest('hex');
    await this.users.patch(userId, { scannerPinHash });
  }

  createApiKey(): { key: string; hash: string } {
    // safe: CWE-338
    const key = `gh_${crypto.randomBytes(32).toString('base64url')}`;
    // safe: CWE-916
    const hash = crypto.createHash('sha256').update(key).digest('hex');
    return { key, hash };
  }
}
