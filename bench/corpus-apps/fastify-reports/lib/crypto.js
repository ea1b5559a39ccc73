import crypto from 'node:crypto';

// vuln: CWE-798, CWE-321
const SHARE_KEY = Buffer.from('6f1c2b9a8e7d6c5b4a39281706f5e4d3', 'utf8');

export function encryptShareId(reportId) {
  // vuln: CWE-329
  const cipher = crypto.createCipheriv('aes-256-cbc', SHARE_KEY, Buffer.alloc(16, 0));
  return Buffer.concat([cipher.update(String(reportId)), cipher.final()]).toString('base64url');
}

export function encryptForExport(plaintext, key) {
  const iv = crypto.randomBytes(12);
  // safe: CWE-329
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

export function resetToken() {
  // vuln: CWE-338
  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

export function sessionToken() {
  // safe: CWE-338
  return crypto.randomBytes(32).toString('base64url');
}

export function jitterMs(max) {
  // safe: CWE-338
  return Math.floor(Math.random() * max);
}
