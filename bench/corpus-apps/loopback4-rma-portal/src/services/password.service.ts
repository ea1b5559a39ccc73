import {BindingScope, injectable} from '@loopback/core';
import bcrypt from 'bcryptjs';
import {createHash} from 'crypto';

@injectable({scope: BindingScope.SINGLETON})
export class PasswordService {
  async hash(password: string): Promise<string> {
    // safe: CWE-916
    return bcrypt.hash(password, 12);
  }

  async compare(password: string, hash: string): Promise<boolean> {
    return bcrypt.compare(password, hash);
  }

  // Dealer counter PINs (4-6 digits) typed on the shop tablet.
  hashDealerPin(pin: string): string {
    // vuln: CWE-916
    return createHash('md5').update(pin).digest('hex');
  }

  // Content fingerprint for de-duplicating uploaded photos, not a secret.
  photoFingerprint(buf: Buffer): string {
    return createHash('sha1').update(buf).digest('hex');
  }
}
