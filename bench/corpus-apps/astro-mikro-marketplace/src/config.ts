import path from 'node:path';

const env = import.meta.env;

export const config = {
  baseUrl: env.PUBLIC_BASE_URL ?? 'http://localhost:4321',
  // vuln: CWE-798
  jwtSecret: env.JWT_SECRET ?? 'mikro-market-dev-secret-2024',
  downloadSecret: env.DOWNLOAD_SECRET as string,
  db: {
    host: env.DB_HOST ?? 'localhost',
    port: Number(env.DB_PORT ?? 5432),
    user: env.DB_USER ?? 'mikro',
    password: env.DB_PASSWORD as string,
    dbName: env.DB_NAME ?? 'mikro_market',
  },
  redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379/2',
  smtp: {
    host: env.SMTP_HOST ?? 'smtp.mailgun.org',
    port: Number(env.SMTP_PORT ?? 587),
    user: env.SMTP_USER as string,
    pass: env.SMTP_PASS as string,
    from: 'Mikro Market <orders@mikro.market>',
  },
  uploadDir: path.resolve(env.UPLOAD_DIR ?? './var/uploads'),
  thumbDir: path.resolve(env.THUMB_DIR ?? './var/thumbs'),
  invoiceDir: path.resolve(env.INVOICE_DIR ?? './var/invoices'),
  allowedOrigins: ['https://mikro.market', 'https://seller.mikro.market'],
};
