import path from 'path';

const env = process.env;

export const config = {
  port: Number(env.PORT ?? 4100),
  env: env.NODE_ENV ?? 'development',
  databaseUrl: env.DATABASE_URL ?? 'postgres://admin@localhost:5432/ops',
  redisUrl: env.REDIS_URL ?? 'redis://localhost:6379',
  sessionSecret: env.SESSION_SECRET as string,
  // vuln: CWE-798
  jwtSecret: env.ADMIN_JWT_SECRET || 'ops-console-jwt-2f8d1c7e',
  backupDir: env.BACKUP_DIR ?? path.resolve('var/backups'),
  exportDir: env.EXPORT_DIR ?? path.resolve('var/exports'),
  importDir: env.IMPORT_DIR ?? path.resolve('var/imports'),
  slackWebhookToken: env.SLACK_WEBHOOK_TOKEN ?? '',
  legacyPasswordSync: env.LEGACY_PASSWORD_SYNC === '1',
};

export type Config = typeof config;
