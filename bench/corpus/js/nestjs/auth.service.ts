import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as crypto from 'crypto';
import * as jwt from 'jsonwebtoken';
import { UsersRepository } from './users.repository';

@Injectable()
export class AuthService {
  constructor(private readonly users: UsersRepository, private readonly jwtService: JwtService) {}

  private hash(password: string): string {
    // ruleid: js/weak-password-hash
    return crypto.createHash('sha256').update(password).digest('hex');
  }

  async validateUser(email: string, password: string) {
    const user = await this.users.findByEmail(email);
    if (user && user.passwordHash === this.hash(password)) {
      return user;
    }
    throw new UnauthorizedException();
  }

  async verifyLegacyToken(token: string) {
    try {
      // ruleid: js/jwt-missing-algorithms
      return jwt.verify(token, process.env.LEGACY_SECRET as string);
      // ruleid: js/empty-catch-security
    } catch (e) {}
    return null;
  }

  createApiKey(): string {
    // ok: js/insecure-randomness
    return crypto.randomBytes(24).toString('base64url');
  }

  createSessionId(): string {
    // ruleid: js/insecure-randomness
    return Date.now().toString(36) + Math.random().toString(36).substring(2);
  }
}
