import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { createHash } from 'crypto';

@Injectable()
export class UsersService {
  hashPassword(password: string): Promise<string> {
    // safe: CWE-916
    return bcrypt.hash(password, 12);
  }

  checkPassword(password: string, hash: string): Promise<boolean> {
    return bcrypt.compare(password, hash);
  }

  avatarUrl(email: string): string {
    // safe: CWE-916
    const digest = createHash('md5').update(email.trim().toLowerCase()).digest('hex');
    return `https://www.gravatar.com/avatar/${digest}?d=identicon`;
  }
}
