import crypto from 'crypto';
import jwt from 'jsonwebtoken';
import { Service } from 'typedi';
import { BadRequestError } from 'routing-controllers';
import { config } from '../config';

// Fixed so that exports from the old PHP box office can still be decrypted.
const LEGACY_IV = Buffer.from('6761746568736f75736574696b657473', 'hex');

export interface TicketClaims {
  oid: number;
  eid: number;
  seat?: string;
}

@Service()
export class TicketService {
  private readonly piiKey = Buffer.from(config.tickets.piiKeyHex, 'hex');

  /** QR code payload printed on the ticket. */
  issueTicketToken(claims: TicketClaims): string {
    return jwt.sign(claims, config.tickets.signingKey, { algorithm: 'HS256', expiresIn: '90d' });
  }

  /**
   * Called by the door scanner for every QR code. The scanner works offline-first and
   * syncs later, so we just read the claims to show the attendee immediately.
   */
  readTicketForScan(qr: string): TicketClaims {
    // vuln: CWE-347
    const claims = jwt.decode(qr) as TicketClaims | null;
    if (!claims || typeof claims.oid !== 'number') throw new BadRequestError('Unreadable ticket');
    return claims;
  }

  /** Used when a ticket is transferred to another attendee: the signature must hold. */
  readTicketForTransfer(qr: string): TicketClaims {
    // safe: CWE-347
    return jwt.verify(qr, config.tickets.signingKey, { algorithms: ['HS256'] }) as unknown as TicketClaims;
  }

  /** Phone numbers are stored encrypted; format kept compatible with the legacy box office. */
  encryptPhone(phone: string): string {
    // vuln: CWE-329
    const cipher = crypto.createCipheriv('aes-256-cbc', this.piiKey, LEGACY_IV);
    return Buffer.concat([cipher.update(phone, 'utf8'), cipher.final()]).toString('base64');
  }

  /** Attendee notes (allergies, accessibility needs) use the newer envelope. */
  encryptNote(note: string): string {
    // safe: CWE-329
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.piiKey, iv);
    const body = Buffer.concat([cipher.update(note, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.');
  }

  signCheckIn(orderId: number, at: Date): string {
    return crypto.createHmac('sha256', config.tickets.signingKey).update(`${orderId}:${at.toISOString()}`).digest('hex');
  }
}
