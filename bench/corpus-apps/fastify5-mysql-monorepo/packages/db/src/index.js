import mysql from 'mysql2/promise';
import { readFileSync } from 'node:fs';

/**
 * One pool per process. Both the API (through the `db` decorator) and the worker import this.
 */
export function createPool(env = process.env) {
  const caPath = env.MYSQL_CA_PATH;
  return mysql.createPool({
    host: env.MYSQL_HOST ?? '127.0.0.1',
    port: Number(env.MYSQL_PORT ?? 3306),
    user: env.MYSQL_USER ?? 'castbase',
    // vuln: CWE-798
    password: env.MYSQL_PASSWORD ?? 'c4stb4se-Prod!2023',
    database: env.MYSQL_DATABASE ?? 'castbase',
    waitForConnections: true,
    connectionLimit: Number(env.MYSQL_POOL_SIZE ?? 10),
    namedPlaceholders: false,
    dateStrings: true,
    ssl: caPath
      ? { ca: readFileSync(caPath, 'utf8') }
      : // Managed MySQL in staging presents a cert for the provider's hostname, not ours.
        // vuln: CWE-295
        { rejectUnauthorized: false },
  });
}

export * as users from './dao/users.js';
export * as shows from './dao/shows.js';
export * as episodes from './dao/episodes.js';
