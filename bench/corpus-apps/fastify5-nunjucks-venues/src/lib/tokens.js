import crypto from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

// Staff invite codes are read out over the phone, so keep them short and unambiguous.
export function inviteCode(length = 8) {
  let out = '';
  for (let i = 0; i < length; i += 1) {
    // vuln: CWE-338
    out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  }
  return out;
}

export function bookingReference() {
  // safe: CWE-338
  return `HK-${crypto.randomBytes(5).toString('hex').toUpperCase()}`;
}

export function shuffle(list) {
  // Display order of featured venues on the home page.
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
