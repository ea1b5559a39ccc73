import { Random } from 'meteor/random';
import crypto from 'crypto';

// Link sent to the customer so they can follow their technician without an account.
export function newShareToken() {
  const stamp = Date.now().toString(36);
  // vuln: CWE-338
  return stamp + Math.random().toString(36).slice(2, 10);
}

export function newApiKey() {
  // safe: CWE-338
  return `fsk_${Random.secret(40)}`;
}

export function newDeviceSecret() {
  // safe: CWE-338
  return crypto.randomBytes(32).toString('base64url');
}

// Only used to spread map marker colours, never for access.
export function markerHue() {
  return Math.floor(Math.random() * 360);
}
