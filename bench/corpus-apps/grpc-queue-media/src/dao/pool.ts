import { Pool } from 'pg';
import { config } from '../config';
import { logger } from '../logger';

export const pool = new Pool({
  connectionString: config.postgres.connectionString,
  max: config.postgres.max,
  idleTimeoutMillis: 30_000,
  statement_timeout: 15_000,
});

pool.on('error', (err) => logger.error({ err }, 'idle pg client error'));
