// WebCrypto (browsers, Deno, Cloudflare Workers, node:crypto's webcrypto): PBKDF2 through
// crypto.subtle.deriveBits / deriveKey with the iteration count in the algorithm object.
import { webcrypto } from 'node:crypto';

const encoder = new TextEncoder();
const ITERATIONS = 5000;

export async function hashSecret(password: string, salt: Uint8Array): Promise<ArrayBuffer> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  // ruleid: js/weak-password-hash
  return crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1000 }, key, 256);
}

export async function deriveVaultKey(passphrase: string, salt: Uint8Array): Promise<CryptoKey> {
  const base = await webcrypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ITERATIONS };
  // ruleid: js/weak-password-hash
  return webcrypto.subtle.deriveKey(params, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export async function hashSecretStrong(password: string, salt: Uint8Array): Promise<ArrayBuffer> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  // ok: js/weak-password-hash
  return globalThis.crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600_000 }, key, 256);
}

export async function sharedSecret(privateKey: CryptoKey, publicKey: CryptoKey): Promise<ArrayBuffer> {
  // ok: js/weak-password-hash
  return crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
}

export async function expandKey(ikm: CryptoKey, salt: Uint8Array): Promise<ArrayBuffer> {
  // ok: js/weak-password-hash
  return crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info: new Uint8Array(), iterations: 1 }, ikm, 256);
}

// A module's own function named like the WebCrypto method, called bare (the check once crashed here
// and lost the whole file).
async function deriveKey(secret: string, salt: Uint8Array, iterations: number): Promise<ArrayBuffer> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), 'PBKDF2', false, ['deriveBits']);
  // ruleid: js/weak-password-hash
  return crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1000 }, key, 256);
}

export async function wrapWithPassword(password: string, salt: Uint8Array): Promise<ArrayBuffer> {
  // ok: js/weak-password-hash
  return deriveKey(password, salt, 600_000);
}
