import 'dotenv/config';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
}

export const env = {
  nodeEnv: process.env.NODE_ENV ?? 'development',
  port: Number(process.env.PORT ?? 8080),
  databaseUrl: required('DATABASE_URL'),
  // safe: CWE-798
  jwtSecret: required('JWT_SECRET'),
  partnerApiBase: required('PARTNER_API_BASE'),
  partnerApiKey: required('PARTNER_API_KEY'),
  storageDir: process.env.STORAGE_DIR ?? '/srv/procure/storage',
  appOrigin: process.env.APP_ORIGIN ?? 'https://procure.acme.example',
  corsOrigins: (process.env.CORS_ORIGINS ?? 'https://procure.acme.example').split(',').map((o) => o.trim()),
} as const;
