import path from 'path';

const env = process.env;

export const config = {
  env: env.NODE_ENV ?? 'development',
  port: Number(env.PORT ?? 4000),
  publicUrl: env.PUBLIC_URL ?? 'http://localhost:4000',
  db: {
    host: env.PGHOST ?? 'localhost',
    port: Number(env.PGPORT ?? 5432),
    database: env.PGDATABASE ?? 'gatehouse',
    user: env.PGUSER ?? 'gatehouse',
    // safe: CWE-798
    password: env.PGPASSWORD,
  },
  auth: {
    // vuln: CWE-798
    jwtSecret: env.JWT_SECRET || 'gh-dev-7f3a9c21b5e84d6f',
    tokenTtl: '12h',
    cookieName: 'gh_session',
  },
  tickets: {
    // Key used to sign the QR payloads printed on tickets.
    // safe: CWE-321
    signingKey: env.TICKET_SIGNING_KEY ?? '',
    // AES-256 key for attendee PII at rest (hex, 32 bytes).
    piiKeyHex: env.PII_KEY_HEX ?? '',
  },
  payments: {
    baseUrl: 'https://api.paystream.io/v2',
    apiKey: env.PAYSTREAM_API_KEY ?? '',
    webhookSecret: env.PAYSTREAM_WEBHOOK_SECRET ?? '',
  },
  partners: {
    boxOfficeUrl: env.BOX_OFFICE_URL ?? 'https://boxoffice.internal.gatehouse.io',
  },
  mail: {
    from: 'Gatehouse Tickets <tickets@gatehouse.io>',
    smtpUrl: env.SMTP_URL ?? 'smtp://localhost:1025',
  },
  paths: {
    uploads: path.resolve(env.UPLOAD_DIR ?? path.join(__dirname, '..', '..', 'var', 'uploads')),
    exports: path.resolve(env.EXPORT_DIR ?? path.join(__dirname, '..', '..', 'var', 'exports')),
    emailTemplates: path.join(__dirname, '..', '..', 'views', 'emails'),
  },
};

export type AppConfig = typeof config;
