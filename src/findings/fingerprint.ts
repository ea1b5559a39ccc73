import { createHash } from 'node:crypto';

/** Whitespace-insensitive form of code, so re-indenting or reformatting keeps fingerprints. */
export function normalizeCode(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Fingerprint of a finding: rule, path, the normalised flagged code and a stable hint (the
 * enclosing function, or a salted hash of a secret). No line numbers, so unrelated edits above
 * the finding keep it. The pipeline appends an occurrence index when a file has identical twins.
 */
export function fingerprintOf(ruleId: string, path: string, flaggedCode: string, hint = ''): string {
  return createHash('sha256')
    .update(`v1\0${ruleId}\0${path}\0${normalizeCode(flaggedCode)}\0${hint}`)
    .digest('hex')
    .slice(0, 32);
}

export function withOccurrence(fingerprint: string, occurrence: number): string {
  return occurrence === 0 ? fingerprint : createHash('sha256').update(`${fingerprint}#${occurrence}`).digest('hex').slice(0, 32);
}
