import 'dotenv/config';
import path from 'node:path';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}

export const config = {
  env: process.env.NODE_ENV ?? 'development',
  port: Number(process.env.PORT ?? 4000),
  databaseUrl: required('DATABASE_URL'),
  redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  // vuln: CWE-798
  portalJwtSecret: process.env.PORTAL_JWT_SECRET ?? 'tallybook-portal-7f3a9c1e',
  jwtSecret: required('JWT_SECRET'),
  downloadSecret: required('DOWNLOAD_LINK_SECRET'),
  sessionKeys: required('SESSION_KEYS').split(','),
  fieldKey: Buffer.from(required('FIELD_ENCRYPTION_KEY'), 'base64'),
  corsOrigins: (process.env.CORS_ORIGINS ?? 'https://app.tallybook.io').split(','),
  fx: {
    baseUrl: 'https://api.exchangerate.host',
    apiKey: process.env.FX_API_KEY ?? '',
  },
  paths: {
    uploads: path.resolve(process.env.UPLOAD_DIR ?? '/var/lib/tallybook/uploads'),
    receipts: path.resolve(process.env.RECEIPT_DIR ?? '/var/lib/tallybook/receipts'),
    exports: path.resolve(process.env.EXPORT_DIR ?? '/var/lib/tallybook/exports'),
    templates: path.join(__dirname, 'templates'),
  },
  logLevel: process.env.LOG_LEVEL ?? 'info',
};

export type AppConfig = typeof config;
