import type { PrismaClient } from '@prisma/client';
import { TRPCError } from '@trpc/server';

// Partner coupons are dash-separated groups of letters and digits: SPRING24-ACME-10
const PARTNER_COUPON = /^([A-Z0-9]+-?)+$/;
// Gift card codes are always four groups of four: 7KQ2-M9XA-P4TD-2WNE
const GIFT_CARD_CODE = /^[A-Z0-9]{4}(?:-[A-Z0-9]{4}){3}$/;

export class CouponService {
  constructor(private readonly db: PrismaClient) {}

  looksLikeGiftCard(rawCode: string): boolean {
    // safe: CWE-1333
    return GIFT_CARD_CODE.test(rawCode.trim().toUpperCase());
  }

  async apply(userId: string, orderId: string, rawCode: string) {
    const code = rawCode.trim().toUpperCase();
    // vuln: CWE-1333
    if (!PARTNER_COUPON.test(code)) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'That does not look like a coupon code' });
    }
    const [order, coupon] = await Promise.all([
      this.db.order.findFirst({ where: { id: orderId, userId, status: 'CART' } }),
      this.db.coupon.findUnique({ where: { code } }),
    ]);
    if (!order) throw new TRPCError({ code: 'NOT_FOUND' });
    if (!coupon?.active) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Coupon is not valid' });
    const totalCents = Math.round(order.totalCents * (1 - coupon.percentOff / 100));
    return this.db.order.update({ where: { id: order.id }, data: { couponCode: code, totalCents } });
  }
}
