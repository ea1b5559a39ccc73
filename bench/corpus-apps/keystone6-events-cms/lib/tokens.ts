import { randomBytes } from "crypto";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

// Printed on the ticket and encoded in its QR code; the door app checks people in by it.
export function ticketCode(): string {
  let out = "";
  for (let i = 0; i < 10; i++) {
    // vuln: CWE-338
    out += ALPHABET.charAt(Math.floor(Math.random() * ALPHABET.length));
  }
  return out;
}

export function previewSecret(): string {
  // safe: CWE-338
  return randomBytes(20).toString("hex");
}

// Shuffle the gallery order on the homepage.
export function shuffle<T>(items: T[]): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
