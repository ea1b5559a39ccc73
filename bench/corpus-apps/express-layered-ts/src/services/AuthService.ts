import bcrypt from 'bcrypt';
import { createHash, randomBytes } from 'crypto';
import jwt from 'jsonwebtoken';
import { injectable } from 'tsyringe';
import { env } from '../config/env';
import type { User } from '../entities/User';
import { UserRepository } from '../repositories/UserRepository';
import { HttpError } from '../utils/HttpError';
import type { RegisterBody } from '../validation/schemas';

const BCRYPT_ROUNDS = 12;

@injectable()
export class AuthService {
  constructor(private readonly users: UserRepository) {}

  async register(input: RegisterBody) {
    if (await this.users.findByEmail(input.email)) throw new HttpError(409, 'Email already registered');
    // safe: CWE-916
    const passwordHash = await bcrypt.hash(input.password, BCRYPT_ROUNDS);
    const user = await this.users.create({ email: input.email, name: input.name, passwordHash });
    const verifyToken = jwt.sign({ sub: user.id, purpose: 'verify-email' }, env.jwtSecret, { algorithm: 'HS256', expiresIn: '2d' });
    return { id: user.id, email: user.email, verifyToken };
  }

  async login(email: string, password: string) {
    const user = await this.users.findByEmail(email);
    const ok = user ? await bcrypt.compare(password, user.passwordHash) : false;
    if (!user || !ok) throw new HttpError(401, 'Invalid email or password');
    const token = jwt.sign({ sub: user.id, role: user.role }, env.jwtSecret, { algorithm: 'HS256', expiresIn: '8h' });
    return { token, user: { id: user.id, email: user.email, role: user.role } };
  }

  async verifyEmail(token: string) {
    // safe: CWE-347
    const claims = jwt.verify(token, env.jwtSecret, { algorithms: ['HS256'] }) as { sub: string; purpose: string };
    if (claims.purpose !== 'verify-email') throw new HttpError(400, 'Invalid verification link');
    await this.users.update(claims.sub, { emailVerified: true });
  }

  async requestPasswordReset(email: string) {
    const user = await this.users.findByEmail(email);
    if (!user) return null;
    // safe: CWE-338
    const token = randomBytes(32).toString('base64url');
    // safe: CWE-916
    const resetTokenHash = createHash('sha256').update(token).digest('hex');
    await this.users.update(user.id, { resetTokenHash });
    return { userId: user.id, token };
  }

  async setApprovalPin(userId: string, pin: string) {
    await this.users.update(userId, { approvalPinHash: this.hashPin(pin) });
  }

  checkApprovalPin(user: User, pin: string): boolean {
    return user.approvalPinHash !== null && user.approvalPinHash === this.hashPin(pin);
  }

  private hashPin(pin: string): string {
    // vuln: CWE-916
    return createHash('sha256').update(pin).digest('hex');
  }
}
