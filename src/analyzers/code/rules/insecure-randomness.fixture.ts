// What a random value is for, read from where it is stored: the record's name qualifies a bare
// `code` field, and an anonymous callback's answers make up the call they are passed to.
import type { PrismaClient } from '@prisma/client';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export class VoucherService {
  constructor(private readonly db: PrismaClient) {}

  async issue(amountCents: number) {
    // ruleid: js/insecure-randomness
    const raw = Array.from({ length: 16 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('');
    return this.db.giftCard.create({ data: { code: raw, amountCents } });
  }

  async publish(documentId: number) {
    // ruleid: js/insecure-randomness
    const code = Math.random().toString(36).slice(2, 12);
    await this.db.shareLink.create({ data: { code, documentId } });
    return `/s/${code}`;
  }

  async recordColor(documentId: number) {
    // ok: js/insecure-randomness
    const hue = Array.from({ length: 3 }, () => Math.floor(Math.random() * 255)).join(',');
    return this.db.label.create({ data: { color: `rgb(${hue})`, documentId } });
  }

  async addSample(documentId: number) {
    // ok: js/insecure-randomness
    const code = Math.random().toString(36).slice(2, 8);
    // (a product's public code shown on the page is not a secret)
    return this.db.product.create({ data: { code, documentId } });
  }

  async pickReviewer(ids: string[]) {
    // ok: js/insecure-randomness
    const reviewer = ids[Math.floor(Math.random() * ids.length)];
    return this.db.review.create({ data: { reviewer } });
  }
}

// A code built a character at a time from an alphabet: the function says what it is.
export class GateCodes {
  pickupCode(): string {
    let code = '';
    for (let i = 0; i < 6; i++) {
      // ruleid: js/insecure-randomness
      code += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
    }
    return code;
  }

  joinCode(): string {
    let out = '';
    // ruleid: js/insecure-randomness
    for (let i = 0; i < 8; i++) out += ALPHABET.charAt(Math.floor(Math.random() * ALPHABET.length));
    return out;
  }

  sampleCountryCode(codes: string[]): string {
    let code = '';
    // ok: js/insecure-randomness
    code = codes[Math.floor(Math.random() * codes.length)];
    return code;
  }

  plateLabel(): string {
    let label = '';
    // ok: js/insecure-randomness
    for (let i = 0; i < 4; i++) label += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
    return label;
  }
}

// A ticket's code is what lets its holder in at the door: guessing one is a free ticket.
const TICKET_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function ticketCode(): string {
  let out = '';
  for (let i = 0; i < 10; i++) {
    // ruleid: js/insecure-randomness
    out += TICKET_ALPHABET.charAt(Math.floor(Math.random() * TICKET_ALPHABET.length));
  }
  return out;
}

export function shuffleTickets<T>(items: T[]): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    // ok: js/insecure-randomness
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
