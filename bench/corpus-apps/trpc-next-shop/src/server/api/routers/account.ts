import { z } from 'zod';
import { createTRPCRouter, protectedProcedure } from '~/server/api/trpc';
import { preferencesService } from '~/server/services';
import { NOTIFICATION_CHANNELS, NOTIFICATION_TOPICS } from '~/server/services/preferences.service';

export const accountRouter = createTRPCRouter({
  me: protectedProcedure.query(({ ctx }) =>
    ctx.db.user.findUniqueOrThrow({
      where: { id: ctx.session.user.id },
      select: { id: true, name: true, email: true, storeCreditCents: true, uiPrefs: true, notificationPrefs: true },
    }),
  ),

  setUiPreference: protectedProcedure
    .input(z.object({ path: z.string().min(1).max(100), value: z.union([z.string().max(200), z.number(), z.boolean()]) }))
    .mutation(({ ctx, input }) => preferencesService.setUiPreference(ctx.session.user.id, input.path, input.value)),

  setNotification: protectedProcedure
    .input(z.object({ channel: z.enum(NOTIFICATION_CHANNELS), topic: z.enum(NOTIFICATION_TOPICS), enabled: z.boolean() }))
    .mutation(({ ctx, input }) => preferencesService.setNotification(ctx.session.user.id, input.channel, input.topic, input.enabled)),

  subscribeNewsletter: protectedProcedure
    .input(z.object({ list: z.enum(['weekly', 'deals']) }))
    .mutation(({ ctx, input }) => preferencesService.subscribeNewsletter(ctx.session.user.email!, input.list)),
});
