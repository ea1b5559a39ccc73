import { randomBytes, randomUUID, randomInt, webcrypto } from 'node:crypto';
import { nanoid } from 'nanoid';

export function makeApiKey(): string {
  // ruleid: js/insecure-randomness
  return 'sk_' + [...Array(40)].map(() => Math.random().toString(36)[2]).join('');
}

export function makeSessionId(): string {
  // ok: js/insecure-randomness
  return randomBytes(32).toString('hex');
}

export function makeCsrfToken(): string {
  // ruleid: js/insecure-randomness
  return (Math.random() * 1e18).toString(16);
}

export function makeVerificationCode(): string {
  // ok: js/insecure-randomness
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function makeRequestId(): string {
  // ok: js/insecure-randomness
  return randomUUID();
}

export function makeShareLinkId(): string {
  // ok: js/insecure-randomness
  return nanoid(21);
}

export function jitter(ms: number): number {
  // ok: js/insecure-randomness
  return ms + Math.floor(Math.random() * 250);
}

export function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    // ok: js/insecure-randomness
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export function browserNonce(): string {
  const bytes = new Uint8Array(16);
  // ok: js/insecure-randomness
  webcrypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('hex');
}

export const generatePasswordResetToken = (): string =>
  // ruleid: js/insecure-randomness
  Math.random().toString(36).substring(2) + Math.random().toString(36).substring(2);
