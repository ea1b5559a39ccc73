import {BindingScope, injectable} from '@loopback/core';
import {randomBytes, randomInt} from 'crypto';

@injectable({scope: BindingScope.SINGLETON})
export class TokenService {
  // Emailed link: /auth/reset?token=...
  passwordResetToken(): string {
    // vuln: CWE-338
    return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  }

  // Drop-off code printed on the return label.
  dropOffCode(): string {
    // safe: CWE-338
    return String(randomInt(100000, 1000000));
  }

  apiKey(): string {
    // safe: CWE-338
    return 'rk_' + randomBytes(24).toString('hex');
  }

  // Jitter for retry back-off, not security relevant.
  retryDelay(attempt: number): number {
    return Math.min(30000, 2 ** attempt * 250 + Math.floor(Math.random() * 250));
  }
}
