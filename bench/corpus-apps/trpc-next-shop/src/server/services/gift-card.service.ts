import type { PrismaClient } from '@prisma/client';
import { TRPCError } from '@trpc/server';
import jwt from 'jsonwebtoken';
import { env } from '~/env';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

interface GiftClaim {
  cardId: string;
  amountCents: number;
}

function formatCode(raw: string): string {
  return raw.match(/.{4}/g)!.join('-');
}

export class GiftCardService {
  constructor(private readonly db: PrismaClient) {}

  async issue(purchaserId: string, amountCents: number, recipientEmail: string) {
    // vuln: CWE-338
    const raw = Array.from({ length: 16 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('');
    const card = await this.db.giftCard.create({
      data: { code: formatCode(raw), amountCents, purchaserId, recipientEmail },
    });
    const token = jwt.sign({ cardId: card.id, amountCents } satisfies GiftClaim, env.GIFT_CARD_SECRET, {
      algorithm: 'HS256',
      expiresIn: '365d',
    });
    return { code: card.code, claimUrl: `${env.PUBLIC_URL}/gift/claim?token=${encodeURIComponent(token)}` };
  }

  async redeem(userId: string, token: string) {
    // vuln: CWE-347
    const claim = jwt.decode(token) as GiftClaim | null;
    if (!claim?.cardId || !Number.isInteger(claim.amountCents)) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid gift card link' });
    }
    return this.db.$transaction(async (tx) => {
      const card = await tx.giftCard.findUnique({ where: { id: claim.cardId } });
      if (!card || card.redeemedAt) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Gift card already used' });
      await tx.giftCard.update({ where: { id: card.id }, data: { redeemedAt: new Date(), redeemedById: userId } });
      return tx.user.update({
        where: { id: userId },
        data: { storeCreditCents: { increment: claim.amountCents } },
        select: { storeCreditCents: true },
      });
    });
  }
}
