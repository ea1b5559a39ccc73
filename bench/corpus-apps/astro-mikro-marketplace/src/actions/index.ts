import { defineAction, ActionError } from 'astro:actions';
import { z } from 'astro:schema';
import type { ActionAPIContext } from 'astro:actions';
import { Review } from '../entities/Review';
import { Product } from '../entities/Product';
import { User } from '../entities/User';
import * as products from '../services/productService';
import * as orders from '../services/orderService';
import * as shops from '../services/shopService';
import * as shipping from '../services/shippingService';
import * as images from '../services/imageService';

function requireSeller(context: ActionAPIContext): { userId: number; shopId: number } {
  const user = context.locals.user;
  if (!user || user.role !== 'seller' || !user.shopId) {
    throw new ActionError({ code: 'UNAUTHORIZED', message: 'seller account required' });
  }
  return { userId: user.id, shopId: user.shopId };
}

function requireUser(context: ActionAPIContext) {
  if (!context.locals.user) throw new ActionError({ code: 'UNAUTHORIZED', message: 'please sign in' });
  return context.locals.user;
}

export const server = {
  updateProduct: defineAction({
    accept: 'form',
    input: z.object({
      productId: z.coerce.number().int().positive(),
      title: z.string().trim().min(2).max(120),
      priceCents: z.coerce.number().int().min(50).max(10_000_000),
      category: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
      sku: z.string().max(40),
    }),
    handler: async (input, context) => {
      const { shopId } = requireSeller(context);
      const em = context.locals.em;
      const product = await em.findOneOrFail(Product, { id: input.productId, shop: shopId });
      product.title = { ...product.title, en: input.title };
      product.priceCents = input.priceCents;
      product.category = input.category;
      await em.flush();
      await products.setSku(em, shopId, input.productId, input.sku);
      return { ok: true };
    },
  }),

  setTags: defineAction({
    accept: 'json',
    input: z.object({ productId: z.number().int(), tags: z.string() }),
    handler: async (input, context) => {
      const { shopId } = requireSeller(context);
      return products.setTags(context.locals.em, shopId, input.productId, input.tags);
    },
  }),

  filterProducts: defineAction({
    accept: 'json',
    input: z.object({ where: z.any(), page: z.number().int().min(1).default(1) }),
    handler: async (input, context) => {
      const found = await products.filterProducts(context.locals.em, input.where ?? {});
      return found.map((p) => ({ id: p.id, sku: p.sku, title: p.title, priceCents: p.priceCents, shop: p.shop.slug }));
    },
  }),

  productsInCategories: defineAction({
    accept: 'json',
    input: z.object({ categories: z.array(z.string().regex(/^[a-z0-9-]{2,40}$/)).max(10) }),
    handler: async (input, context) => {
      const found = await context.locals.em.getRepository(Product).inCategories(input.categories);
      return found.map((p) => ({ id: p.id, title: p.title, priceCents: p.priceCents }));
    },
  }),

  resizeImage: defineAction({
    accept: 'form',
    input: z.object({ image: z.string(), size: z.string() }),
    handler: async (input, context) => {
      const { shopId } = requireSeller(context);
      return { file: await images.resize(shopId, input.image, input.size) };
    },
  }),

  thumbnail: defineAction({
    accept: 'form',
    input: z.object({ image: z.string().regex(/^[0-9a-f-]{36}\.(jpg|png|webp)$/), width: z.coerce.number().int().min(16).max(2048) }),
    handler: async (input, context) => {
      const { shopId } = requireSeller(context);
      return { info: await images.imageInfo(shopId, input.image), width: input.width };
    },
  }),

  previewWebsite: defineAction({
    accept: 'json',
    input: z.object({ url: z.string() }),
    handler: async (input, context) => {
      requireSeller(context);
      return shops.previewWebsite(input.url);
    },
  }),

  updateShopSettings: defineAction({
    accept: 'json',
    input: z.object({ theme: z.string().optional() }).passthrough(),
    handler: async (input, context) => {
      const { shopId } = requireSeller(context);
      return shops.updateSettings(context.locals.em, shopId, input);
    },
  }),

  updatePreferences: defineAction({
    accept: 'json',
    input: z.record(z.string(), z.unknown()),
    handler: async (input, context) => {
      const user = requireUser(context);
      const cached = context.cookies.get('mm_prefs')?.json() ?? {};
      const prefs = await shops.updateBuyerPreferences(cached, input);
      context.cookies.set('mm_prefs', prefs, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
      return { userId: user.id, prefs };
    },
  }),

  saveShippingFormula: defineAction({
    accept: 'form',
    input: z.object({ formula: z.string().max(500) }),
    handler: async (input, context) => {
      const { shopId } = requireSeller(context);
      await shipping.saveFormula(context.locals.em, shopId, input.formula);
      return { ok: true };
    },
  }),

  quoteShipping: defineAction({
    accept: 'json',
    input: z.object({ shopId: z.number().int(), weight: z.number().min(0).max(50_000), zone: z.number().int().min(0).max(3) }),
    handler: async (input, context) => ({ cents: await shipping.quote(context.locals.em, input.shopId, input.weight, input.zone) }),
  }),

  postReview: defineAction({
    accept: 'form',
    input: z.object({
      productId: z.coerce.number().int().positive(),
      rating: z.coerce.number().int().min(1).max(5),
      body: z.string().trim().min(10).max(4000),
    }),
    handler: async (input, context) => {
      const user = requireUser(context);
      const em = context.locals.em;
      const review = em.create(Review, {
        product: em.getReference(Product, input.productId),
        author: em.getReference(User, user.id),
        rating: input.rating,
        body: input.body,
        createdAt: new Date(),
      });
      await em.persistAndFlush(review);
      return { id: review.id };
    },
  }),

  placeOrder: defineAction({
    accept: 'form',
    input: z.object({
      productId: z.coerce.number().int().positive(),
      quantity: z.coerce.number().int().min(1).max(20),
      shippingName: z.string().trim().min(2).max(120),
      shippingAddress: z.string().trim().min(5).max(500),
      note: z.string().max(2000).optional(),
    }),
    handler: async (input, context) => {
      const user = requireUser(context);
      const order = await orders.place(context.locals.em, user.id, input);
      return { number: order.number };
    },
  }),
};
