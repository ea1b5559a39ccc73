/**
 * Opening a store: a SQLite file (default, one per user) or a PostgreSQL URL (an organisation's
 * server). Both get the same migrations before first use.
 */
import { mkdirSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';

export type StoreKind = 'sqlite' | 'postgres';

/** The store could not be opened or reached (exit code 3 in the CLI, 503 in the server). */
export class StoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

/** A store target as it may be shown: a PostgreSQL password never appears in messages. */
export function describeTarget(target: string): string {
  if (!isPostgresUrl(target)) return target;
  try {
    const u = new URL(target);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/** `$VOUCH_STORE`, else one SQLite file under the user's data directory. */
export function defaultStoreTarget(env: NodeJS.ProcessEnv = process.env): string {
  if (env.VOUCH_STORE) return env.VOUCH_STORE;
  const home = homedir();
  let dataDir: string;
  if (platform() === 'win32') dataDir = env.LOCALAPPDATA ?? join(home, 'AppData', 'Local');
  else if (platform() === 'darwin') dataDir = join(home, 'Library', 'Application Support');
  else dataDir = env.XDG_DATA_HOME || join(home, '.local', 'share');
  return join(dataDir, 'vouch', 'history.sqlite');
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
    const pool = new pg.Pool({ connectionString: target, max: opts.poolSize ?? 10, connectionTimeoutMillis: 5000 });
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
