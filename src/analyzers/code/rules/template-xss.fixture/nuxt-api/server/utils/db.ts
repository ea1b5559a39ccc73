import { Kysely, SqliteDialect } from 'kysely';
import SQLite from 'better-sqlite3';

export const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new SQLite('app.db') }) });
