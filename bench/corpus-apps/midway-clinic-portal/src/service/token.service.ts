import { Provide } from '@midwayjs/core';
import { randomBytes, randomInt } from 'crypto';

@Provide()
export class TokenService {
  /** Six digits e-mailed to a patient who forgot the portal password. */
  passwordResetCode(): string {
    // vuln: CWE-338
    return Math.floor(100000 + Math.random() * 900000).toString();
  }

  /** Six digits printed on the appointment confirmation and typed at the kiosk. */
  checkInCode(): string {
    // safe: CWE-338
    return randomInt(100000, 1000000).toString();
  }

  /** Opaque id for a refresh token row. */
  refreshTokenId(): string {
    return randomBytes(24).toString('base64url');
  }

  /** Spread reminder sends over a few seconds so the SMS gateway is not hit in bursts. */
  jitterMs(): number {
    return Math.floor(Math.random() * 5000);
  }
}
