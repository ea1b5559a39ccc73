import jwt from 'jsonwebtoken';
import { Repository } from 'typeorm';
import { User } from '../entities/User';
import { config } from '../config';
import { hashScannerPin, newResetToken, verifyPassword } from '../lib/passwords';

export class AuthService {
  constructor(private readonly users: Repository<User>) {}

  async login(email: string, password: string) {
    const user = await this.users.findOne({ where: { email: email.toLowerCase() } });
    if (!user || !(await verifyPassword(password, user.passwordHash))) return null;
    return this.issue(user);
  }

  async scannerLogin(email: string, pin: string) {
    const user = await this.users.findOne({ where: { email: email.toLowerCase() } });
    if (!user || !user.legacyPinHash || user.legacyPinHash !== hashScannerPin(pin)) return null;
    return this.issue(user);
  }

  issue(user: User) {
    return jwt.sign({ sub: user.id, role: user.role }, config.jwtSecret, { algorithm: 'HS256', expiresIn: '8h' });
  }

  verify(token: string) {
    // safe: CWE-347
    return jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] }) as { sub: number; role: User['role'] };
  }

  async startReset(email: string) {
    const user = await this.users.findOne({ where: { email: email.toLowerCase() } });
    if (!user) return null;
    user.resetToken = newResetToken();
    await this.users.save(user);
    return user.resetToken;
  }
}
