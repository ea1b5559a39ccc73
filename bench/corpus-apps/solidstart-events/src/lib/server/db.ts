import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '~/lib/env';
import * as schema from './schema';

export const pgClient = postgres(env.DATABASE_URL, {
  max: 10,
  idle_timeout: 30,
  ssl: process.env.NODE_ENV === 'production' ? 'require' : false,
});

export const db = drizzle(pgClient, { schema });
