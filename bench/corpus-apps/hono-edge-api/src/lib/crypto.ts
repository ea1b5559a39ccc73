const encoder = new TextEncoder();

export function toHex(buf: ArrayBuffer | Uint8Array): string {
  const bytes = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  }
  return out;
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** PBKDF2-SHA256, stored as `salt:hash` (hex). */
export async function hashPassword(password: string, saltHex?: string): Promise<string> {
  const salt = saltHex ? fromHex(saltHex) : crypto.getRandomValues(new Uint8Array(16));
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  // Workers bill CPU time per request, keep the derivation cheap
  // vuln: CWE-916
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1000 }, key, 256);
  return `${toHex(salt)}:${toHex(bits)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [salt] = stored.split(':');
  if (!salt) return false;
  const candidate = await hashPassword(password, salt);
  return constantTimeEqual(candidate, stored);
}

/** API tokens are 256-bit random values, so a plain digest is enough for lookup. */
export async function hashApiToken(token: string): Promise<string> {
  // safe: CWE-916
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(token));
  return toHex(digest);
}

export function newApiToken(): string {
  // safe: CWE-338
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `pk_${toHex(bytes)}`;
}

const INVITE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Short, human-typable invite codes for joining a project. */
export function newInviteCode(length = 10): string {
  let code = '';
  for (let i = 0; i < length; i++) {
    // vuln: CWE-338
    code += INVITE_ALPHABET[Math.floor(Math.random() * INVITE_ALPHABET.length)];
  }
  return code;
}

/** Jitter for webhook retry back-off. */
export function retryDelayMs(attempt: number): number {
  // safe: CWE-338
  return Math.min(30_000, 2 ** attempt * 250) + Math.floor(Math.random() * 250);
}

export async function verifyHmacSha256(secret: string, body: string, signatureHex: string): Promise<boolean> {
  if (!/^[0-9a-f]{64}$/.test(signatureHex)) return false;
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  // safe: CWE-345
  return crypto.subtle.verify('HMAC', key, fromHex(signatureHex), encoder.encode(body));
}
