import path from 'node:path';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
}

export const env = {
  nodeEnv: process.env.NODE_ENV ?? 'development',
  port: Number(process.env.PORT ?? 3000),
  host: process.env.HOST ?? '0.0.0.0',
  logLevel: process.env.LOG_LEVEL ?? 'info',
  databaseUrl: required('DATABASE_URL'),
  // safe: CWE-798
  jwtSecret: required('JWT_SECRET'),
  billingWebhookSecret: required('BILLING_WEBHOOK_SECRET'),
  billingApiBase: 'https://api.paybridge.io/v2',
  billingApiKey: required('PAYBRIDGE_API_KEY'),
  storageDir: path.resolve(process.env.STORAGE_DIR ?? './storage'),
  appOrigin: process.env.APP_ORIGIN ?? 'https://app.tenantly.io',
  ssoIssuer: process.env.SSO_ISSUER ?? 'https://login.tenantly.io',
};

export const isProduction = env.nodeEnv === 'production';
