import { createHash } from 'node:crypto';

/**
 * The only form in which a secret ever leaves the detector: at most a 4-character prefix
 * (shorter for short secrets, so little of a weak password is shown) and the length.
 */
export function redactSecret(secret: string): string {
  const shown = Math.min(4, Math.floor(secret.length / 5));
  return `${secret.slice(0, shown)}…(${secret.length} chars)`;
}

/** Replace every given range of a line by its redacted form. Ranges are 0-based [start, end). */
export function redactLine(line: string, ranges: { start: number; end: number }[], maxLength = 240): string {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  let firstRedaction = -1;
  for (const r of sorted) {
    const start = Math.max(r.start, pos);
    if (r.end <= start) continue;
    out += line.slice(pos, start);
    if (firstRedaction < 0) firstRedaction = out.length;
    out += redactSecret(line.slice(r.start, r.end));
    pos = r.end;
  }
  out += line.slice(pos);
  const leading = out.length - out.trimStart().length;
  out = out.trim();
  if (out.length <= maxLength) return out;
  // Long (often minified) lines: keep a window around the first redaction.
  const centre = Math.max(0, firstRedaction - leading);
  const from = Math.max(0, Math.min(centre - 60, out.length - maxLength));
  return (from > 0 ? '…' : '') + out.slice(from, from + maxLength) + (from + maxLength < out.length ? '…' : '');
}

/** A project-salted SHA-256 of a secret: stable for baselines, useless for recovering the value. */
export function secretHash(secret: string, salt: string): string {
  return createHash('sha256').update(salt).update('\0').update(secret).digest('hex');
}

export const DEFAULT_SALT = 'vouch-secrets-v1';
