import 'dotenv/config';
import path from 'node:path';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}

function list(name: string, fallback: string[]): string[] {
  const raw = process.env[name];
  return raw ? raw.split(',').map((s) => s.trim()).filter(Boolean) : fallback;
}

const storageRoot = process.env.STORAGE_ROOT ?? path.resolve(__dirname, '../../storage');

export const config = {
  env: process.env.NODE_ENV ?? 'development',
  port: Number(process.env.PORT ?? 4000),
  publicUrl: process.env.PUBLIC_URL ?? 'http://localhost:4000',
  appUrl: process.env.APP_URL ?? 'http://localhost:5173',
  corsOrigins: list('CORS_ORIGINS', ['http://localhost:5173']),
  jwt: {
    // safe: CWE-798
    secret: required('JWT_SECRET'),
    issuer: 'tallyplan',
    audience: 'tallyplan-api',
    accessTtl: '15m',
    magicLinkTtl: '20m',
  },
  stripe: {
    apiKey: required('STRIPE_API_KEY'),
    // safe: CWE-798
    webhookSecret: required('STRIPE_WEBHOOK_SECRET'),
  },
  legacyBilling: {
    baseUrl: process.env.LEGACY_BILLING_URL ?? 'https://billing-v1.internal.tallyplan.io',
    // vuln: CWE-798
    sharedSecret: process.env.LEGACY_BILLING_SECRET || 'lbs_8f3c1e0a9d7b4c2e6f1a5d0c',
    webhookSecret: process.env.LEGACY_BILLING_WEBHOOK_SECRET ?? '',
  },
  mail: {
    from: process.env.MAIL_FROM ?? 'Tallyplan <billing@tallyplan.io>',
    smtpUrl: process.env.SMTP_URL ?? 'smtp://localhost:1025',
    templatesDir: path.resolve(__dirname, '../../views/emails'),
  },
  storage: {
    invoicesDir: path.join(storageRoot, 'invoices'),
    exportsDir: path.join(storageRoot, 'exports'),
    logosDir: path.join(storageRoot, 'logos'),
  },
  integrations: {
    logoHosts: list('LOGO_HOSTS', ['cdn.tallyplan.io', 'images.tallyplan.io', 'gravatar.com']),
    webhookTimeoutMs: Number(process.env.WEBHOOK_TIMEOUT_MS ?? 5000),
  },
};

export type AppConfig = typeof config;
