import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../lib/prisma';
import { requireAuth, requireRole } from '../middleware/auth';
import type { AuthService } from '../services/authService';
import type { IntegrationService } from '../services/integrationService';
import type { MailService } from '../services/mailService';
import { asyncHandler } from '../utils/async';

const footerSchema = z.object({ template: z.string().max(4000) });
const urlSchema = z.object({ url: z.string().url() });

export function accountRoutes(deps: {
  auth: AuthService;
  integrations: IntegrationService;
  mail: MailService;
}): Router {
  const router = Router();
  router.use(requireAuth);

  router.post(
    '/email-footer/preview',
    requireRole('owner', 'admin'),
    asyncHandler(async (req, res) => {
      const { template } = footerSchema.parse(req.body);
      const account = await prisma.account.findUniqueOrThrow({ where: { id: req.user!.accountId } });
      const html = deps.mail.renderFooter(template, { accountName: account.name, year: new Date().getFullYear() });
      res.json({ html });
    }),
  );

  router.put(
    '/email-footer',
    requireRole('owner', 'admin'),
    asyncHandler(async (req, res) => {
      const { template } = footerSchema.parse(req.body);
      await prisma.account.update({ where: { id: req.user!.accountId }, data: { footerTemplate: template } });
      res.status(204).end();
    }),
  );

  router.put(
    '/webhook',
    requireRole('owner', 'admin'),
    asyncHandler(async (req, res) => {
      const { url } = urlSchema.parse(req.body);
      await deps.integrations.saveWebhookUrl(req.user!.accountId, url);
      res.status(204).end();
    }),
  );

  router.post(
    '/webhook/test',
    requireRole('owner', 'admin'),
    asyncHandler(async (req, res) => {
      const { url } = urlSchema.parse(req.body);
      const result = await deps.integrations.sendTestEvent(req.user!.accountId, url);
      res.json(result);
    }),
  );

  router.post(
    '/logo/import',
    requireRole('owner', 'admin'),
    asyncHandler(async (req, res) => {
      const { url } = urlSchema.parse(req.body);
      res.status(201).json(await deps.integrations.importLogo(req.user!.accountId, url));
    }),
  );

  router.post(
    '/api-keys',
    requireRole('owner'),
    asyncHandler(async (req, res) => {
      const apiKey = await deps.auth.createApiKey(req.user!.accountId);
      res.status(201).json({ apiKey });
    }),
  );

  router.post(
    '/invites',
    requireRole('owner', 'admin'),
    asyncHandler(async (req, res) => {
      const token = deps.auth.createInviteToken();
      res.status(201).json({ token });
    }),
  );

  return router;
}
