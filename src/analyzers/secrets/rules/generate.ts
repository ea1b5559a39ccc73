/**
 * Samples are generated at test time (never committed), from a seeded generator so every run
 * tests the same values: a random draw that happens to look like a placeholder or has little
 * entropy must not make the suite flaky. `VOUCH_SAMPLE_SEED` picks another sequence.
 */
let state = Number(process.env.VOUCH_SAMPLE_SEED ?? 0x5eed1234) >>> 0;
function randomInt(max: number): number {
  // mulberry32
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
}

/** A seeded number in [0, 1), for sample generators that choose between shapes. */
export function randomUnit(): number {
  return randomInt(1 << 30) / (1 << 30);
}

/** Alphabets used both in regex classes and by the sample generators. */
export const CHARSETS = {
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  lowerAlnum: 'abcdefghijklmnopqrstuvwxyz0123456789',
  upperAlnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  hex: '0123456789abcdef',
  upperHex: '0123456789ABCDEF',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  upperB32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  lowerB32: 'abcdefghijklmnopqrstuvwxyz234567',
  letters: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  digits: '0123456789',
} as const;
export type CharsetName = keyof typeof CHARSETS;

/** Regex character classes matching each alphabet. */
export const CLASSES: Record<CharsetName, string> = {
  alnum: 'A-Za-z0-9',
  lowerAlnum: 'a-z0-9',
  upperAlnum: 'A-Z0-9',
  hex: 'a-f0-9',
  upperHex: 'A-F0-9',
  b64url: 'A-Za-z0-9_\\-',
  b64: 'A-Za-z0-9+/',
  upperB32: 'A-Z2-7',
  lowerB32: 'a-z2-7',
  letters: 'A-Za-z',
  digits: '0-9',
};

/** A random string over an alphabet (test-time sample generation; never committed). */
export function rand(charset: CharsetName | string, length: number): string {
  const alphabet = charset in CHARSETS ? CHARSETS[charset as CharsetName] : charset;
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export function randomUuid(): string {
  return `${rand('hex', 8)}-${rand('hex', 4)}-4${rand('hex', 3)}-a${rand('hex', 3)}-${rand('hex', 12)}`;
}

export function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

/** A case-insensitive regex source for a literal word, for patterns that must stay case-sensitive elsewhere. */
export function ci(word: string): string {
  return [...word].map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escapeRegex(c))).join('');
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
