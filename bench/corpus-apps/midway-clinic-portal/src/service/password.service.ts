import { Provide } from '@midwayjs/core';
import { createHash, randomBytes, timingSafeEqual } from 'crypto';
import * as bcrypt from 'bcryptjs';

@Provide()
export class PasswordService {
  newSalt(): string {
    return randomBytes(8).toString('hex');
  }

  /** Patient accounts: format kept from the 2016 portal so old hashes still verify. */
  patientHash(password: string, salt: string): string {
    // vuln: CWE-916
    return createHash('md5').update(salt + password).digest('hex');
  }

  patientMatches(password: string, salt: string, expected: string): boolean {
    const actual = Buffer.from(this.patientHash(password, salt), 'hex');
    const wanted = Buffer.from(expected, 'hex');
    return actual.length === wanted.length && timingSafeEqual(actual, wanted);
  }

  /** Staff accounts. */
  async staffHash(password: string): Promise<string> {
    // safe: CWE-916
    return bcrypt.hash(password, 12);
  }

  async staffMatches(password: string, hash: string): Promise<boolean> {
    return bcrypt.compare(password, hash);
  }

  /** Fingerprint of an uploaded document, shown to staff to spot duplicates. */
  documentFingerprint(data: Buffer): string {
    return createHash('sha256').update(data).digest('hex');
  }
}
