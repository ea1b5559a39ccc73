import { z } from 'zod';
import { createTRPCRouter, protectedProcedure, publicProcedure } from '~/server/api/trpc';
import { couponService, giftCardService, shippingClient } from '~/server/services';
import { SHIPPING_COUNTRIES } from '~/server/services/shipping.client';

export const checkoutRouter = createTRPCRouter({
  applyCoupon: protectedProcedure
    .input(z.object({ orderId: z.string().cuid(), code: z.string().min(3).max(64) }))
    .mutation(({ ctx, input }) => couponService.apply(ctx.session.user.id, input.orderId, input.code)),

  classifyCode: publicProcedure
    .input(z.object({ code: z.string().max(64) }))
    .query(({ input }) => ({ giftCard: couponService.looksLikeGiftCard(input.code) })),

  buyGiftCard: protectedProcedure
    .input(z.object({ amountCents: z.number().int().min(500).max(50_000), recipientEmail: z.string().email() }))
    .mutation(({ ctx, input }) => giftCardService.issue(ctx.session.user.id, input.amountCents, input.recipientEmail)),

  redeemGiftCard: protectedProcedure
    .input(z.object({ token: z.string().min(20).max(2048) }))
    .mutation(({ ctx, input }) => giftCardService.redeem(ctx.session.user.id, input.token)),

  shippingQuote: publicProcedure
    .input(
      z.object({
        postcode: z.string().trim().max(12),
        country: z.enum(SHIPPING_COUNTRIES),
        weightGrams: z.number().int().positive().max(30_000),
      }),
    )
    .query(({ input }) => shippingClient.quote(input.postcode, input.country, input.weightGrams)),
});
