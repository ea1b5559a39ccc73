import { createCallerFactory, createTRPCRouter } from '~/server/api/trpc';
import { accountRouter } from './routers/account';
import { checkoutRouter } from './routers/checkout';
import { productRouter } from './routers/product';

export const appRouter = createTRPCRouter({
  product: productRouter,
  checkout: checkoutRouter,
  account: accountRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
