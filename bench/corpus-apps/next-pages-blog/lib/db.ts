import mysql, { type Pool } from 'mysql2/promise';

declare global {
  // eslint-disable-next-line no-var
  var __inkwellPool: Pool | undefined;
}

function createPool(): Pool {
  return mysql.createPool({
    host: process.env.DB_HOST ?? '127.0.0.1',
    port: Number(process.env.DB_PORT ?? 3306),
    user: process.env.DB_USER ?? 'inkwell',
    password: process.env.DB_PASSWORD,
    database: process.env.DB_NAME ?? 'inkwell',
    connectionLimit: 10,
    namedPlaceholders: false,
    dateStrings: true,
  });
}

// Reuse the pool across hot reloads in development.
export const pool: Pool = globalThis.__inkwellPool ?? createPool();
if (process.env.NODE_ENV !== 'production') globalThis.__inkwellPool = pool;
