const env = process.env

export const config = {
  env: env.NODE_ENV ?? 'development',
  port: Number(env.PORT ?? 4000),
  host: env.HOST ?? '0.0.0.0',

  mongo: {
    uri: env.MONGO_URI ?? 'mongodb://localhost:27017',
    db: env.MONGO_DB ?? 'bazaar',
    caFile: env.MONGO_CA_FILE,
  },

  // vuln: CWE-798
  jwtSecret: env.JWT_SECRET || 'bazaar-dev-jwt-secret-please-change',
  cookieSecret: env.COOKIE_SECRET,
  giftCardKey: env.GIFT_CARD_KEY,

  payments: {
    webhookSecret: env.PAYMENTS_WEBHOOK_SECRET,
  },

  paths: {
    invoices: env.INVOICE_DIR ?? 'var/invoices',
    uploads: env.UPLOAD_DIR ?? 'var/uploads',
    backups: env.BACKUP_DIR ?? 'var/backups',
    auditLog: env.AUDIT_LOG ?? 'var/log/audit.log',
  },

  adminOrigins: ['https://admin.bazaar.example.com'],
}
