import path from 'node:path';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

export const config = {
  port: Number(process.env.PORT ?? 4100),
  databaseUrl: required('DATABASE_URL'),
  redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/2',
  // safe: CWE-798
  jwtSecret: required('JWT_SECRET'),
  uploadDir: process.env.UPLOAD_DIR ?? path.resolve(__dirname, '../var/uploads'),
  exportDir: process.env.EXPORT_DIR ?? path.resolve(__dirname, '../var/exports'),
  supplierApi: process.env.SUPPLIER_API ?? 'https://api.partsnet.example.com/v2',
  publicUrl: process.env.PUBLIC_URL ?? 'http://localhost:4100',
};
