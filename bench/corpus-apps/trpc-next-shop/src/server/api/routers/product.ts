import { z } from 'zod';
import { createTRPCRouter, protectedProcedure, publicProcedure } from '~/server/api/trpc';
import { productService } from '~/server/services';
import { CATEGORIES, PRODUCT_SORTS } from '~/server/services/product.service';

export const productRouter = createTRPCRouter({
  search: publicProcedure
    .input(
      z.object({
        q: z.string().trim().min(1).max(80),
        sort: z.enum(PRODUCT_SORTS).default('relevance'),
        take: z.number().int().min(1).max(48).default(24),
      }),
    )
    .query(({ input }) => productService.search(input.q, input.sort, input.take)),

  byCategory: publicProcedure
    .input(
      z.object({
        category: z.enum(CATEGORIES),
        maxPriceCents: z.number().int().nonnegative().default(1_000_000),
        take: z.number().int().min(1).max(48).default(24),
      }),
    )
    .query(({ input }) => productService.byCategory(input.category, input.maxPriceCents, input.take)),

  priceRange: publicProcedure
    .input(z.object({ min: z.number().int().nonnegative(), max: z.number().int().positive(), tag: z.string().max(40) }))
    .query(({ input }) => productService.priceRange(input.min, input.max, input.tag)),

  addReview: protectedProcedure
    .input(z.object({ productId: z.string().cuid(), rating: z.number().int().min(1).max(5), body: z.string().min(10).max(4000) }))
    .mutation(({ ctx, input }) =>
      ctx.db.review.create({
        data: { productId: input.productId, rating: input.rating, body: input.body, authorId: ctx.session.user.id },
      }),
    ),
});
