/**
 * Structures that prove a value is a real credential, not an example someone typed: GitHub's
 * token checksum (CRC32 of the random part, base62, in the last six characters), the fixed
 * format of an AWS access key id. A made-up `ghp_…` in a README fails the checksum.
 */
import { crc32 } from 'node:zlib';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(n: number): string {
  let out = '';
  do { out = BASE62[n % 62]! + out; n = Math.floor(n / 62); } while (n > 0);
  return out;
}

/** `ghp_` / `gho_` / `ghu_` / `ghs_` / `ghr_` + 30 random characters + a 6-character base62 CRC32 of them. */
export function githubChecksumValid(token: string): boolean {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(token);
  if (!m) return false;
  return base62(crc32(m[1]!)).padStart(6, '0') === m[2];
}

/** For tests and samples: a token with a valid checksum around the given 30 characters. */
export function githubTokenWithChecksum(prefix: string, random30: string): string {
  return `${prefix}${random30}${base62(crc32(random30)).padStart(6, '0')}`;
}

/** AKIA/ASIA + 16 base32 characters: the format is the provider's, and `…EXAMPLE` ids are excluded before this. */
export function awsKeyIdShape(id: string): boolean {
  return /^(AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/.test(id);
}
