/**
 * Opening a store: a SQLite file (default, one per user) or a PostgreSQL URL (an organisation's
 * server). Both get the same migrations before first use.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';
import { describeTarget, isPostgresUrl } from './target.js';

export type StoreKind = 'sqlite' | 'postgres';

/** The store could not be opened or reached (exit code 3 in the CLI, 503 in the server). */
export class StoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

export interface OpenedDb {
  db: Kysely<Database>;
  kind: StoreKind;
}

export async function openDatabase(target: string, opts: { poolSize?: number } = {}): Promise<OpenedDb> {
  let db: Kysely<Database>;
  let kind: StoreKind;
  if (isPostgresUrl(target)) {
    kind = 'postgres';
    // A burst of uploads queues for a connection (each holds one for its transaction); a database that is
    // down refuses at once (ECONNREFUSED), so a long wait here never hides an outage for long.
    const pool = new pg.Pool({ connectionString: target, max: opts.poolSize ?? 10, connectionTimeoutMillis: 30_000 });
    // An idle client losing its connection must not crash the process; the next query reports it.
    pool.on('error', () => {});
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    kind = 'sqlite';
    const file = resolve(target);
    let sqlite: BetterSqlite3.Database;
    try {
      mkdirSync(dirname(file), { recursive: true });
      sqlite = new BetterSqlite3(file);
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('busy_timeout = 10000');
      sqlite.pragma('foreign_keys = ON');
    } catch (err) {
      throw new StoreUnavailableError(`cannot open the store ${file}: ${(err as Error).message}`);
    }
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  }
  try {
    const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error');
      throw new Error(`${failed ? `migration ${failed.migrationName}: ` : ''}${(error as Error).message ?? String(error)}`);
    }
  } catch (err) {
    await db.destroy().catch(() => {});
    throw new StoreUnavailableError(`cannot use the store ${describeTarget(target)}: ${connectionMessage(err)}`);
  }
  return { db, kind };
}

/** A short reason for a database error, without the connection string. */
export function connectionMessage(err: unknown): string {
  const e = err as { code?: string; message?: string; errors?: { message?: string }[] };
  const inner = Array.isArray(e?.errors) && e.errors.length ? e.errors.map((x) => x.message).join('; ') : undefined;
  const msg = inner || e?.message || String(err);
  return e?.code && !msg.includes(e.code) ? `${msg} (${e.code})` : msg;
}
