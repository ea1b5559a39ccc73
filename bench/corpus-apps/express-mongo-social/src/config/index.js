import 'dotenv/config';
import path from 'node:path';

const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
};

export const config = {
  env: process.env.NODE_ENV || 'development',
  isProduction: process.env.NODE_ENV === 'production',
  port: Number(process.env.PORT || 8080),
  baseUrl: process.env.BASE_URL || 'http://localhost:8080',
  mongoUri: process.env.MONGO_URI || 'mongodb://127.0.0.1:27017/circlespace',
  // safe: CWE-798
  sessionSecret: required('SESSION_SECRET'),
  jwtSecret: required('JWT_SECRET'),
  mediaDir: path.resolve(process.env.MEDIA_DIR || 'media'),
  backupDir: path.resolve(process.env.BACKUP_DIR || '/var/backups/circlespace'),
  corsOrigins: (process.env.CORS_ORIGINS || 'https://circlespace.app,https://m.circlespace.app').split(','),
};
