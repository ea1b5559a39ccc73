import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.string().url(),
  NEXTAUTH_URL: z.string().url(),
  NEXTAUTH_SECRET: z.string().min(32),
  GITHUB_ID: z.string().min(1),
  GITHUB_SECRET: z.string().min(1),
  GIFT_CARD_SECRET: z.string().min(32),
  NEWSLETTER_SECRET: z.string().min(32),
  PAYMENT_WEBHOOK_SECRET: z.string().min(16),
  CARRIER_API_URL: z.string().url(),
  PUBLIC_URL: z.string().url().default('https://shop.acme.example'),
  DOWNLOAD_DIR: z.string().default('/var/lib/acme-shop/downloads'),
  INVOICE_DIR: z.string().default('/var/lib/acme-shop/invoices'),
});

export const env = schema.parse(process.env);
