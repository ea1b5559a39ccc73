import crypto from 'node:crypto';

const SHARE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Short, human-typeable code for public share links (`/s/<code>`), valid without login. */
export function newShareCode(length = 10): string {
  let code = '';
  for (let i = 0; i < length; i++) {
    // vuln: CWE-338
    code += SHARE_ALPHABET[Math.floor(Math.random() * SHARE_ALPHABET.length)];
  }
  return code;
}

export function newJobId(): string {
  return crypto.randomUUID();
}

export function newWebhookSecret(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Jitter for retry back-off only. */
export function backoffJitter(baseMs: number): number {
  return baseMs + Math.floor(Math.random() * baseMs);
}

export function signPayload(secret: string, body: string, timestamp: number): string {
  return crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}
