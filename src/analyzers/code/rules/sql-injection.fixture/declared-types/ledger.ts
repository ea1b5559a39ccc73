// The same in TypeScript: parameter, parameter-property and field types name the driver's classes.
import type { Knex } from 'knex';
import * as mysql from 'mysql2/promise';
import { Pool } from 'pg';
import type { Store } from './store';

export function sortedEntries(k: Knex, column: string) {
  // (Reported in routes.js, where the column comes from.)
  return k('entries').select('*').orderByRaw(column);
}

export function entriesPage(k: Knex, column: string) {
  // ok: js/sql-injection
  return k('entries').select('*').orderBy(column === 'date' ? 'date' : 'id');
}

export async function runStatement(store: Pool | undefined, statement: string) {
  // (Reported in routes.js, where the statement comes from.)
  return store!.query(statement);
}

export async function runSafe(store: Pool, id: string) {
  // ok: js/sql-injection
  return store.query('SELECT * FROM entries WHERE id = $1', [id]);
}

export async function runOnStore(store: Store, statement: string) {
  // ok: js/sql-injection
  return store.query(statement);
}

export class Ledger {
  private readonly archive: mysql.Pool;

  constructor(private readonly cx: mysql.Pool, archive: mysql.Pool) {
    this.archive = archive;
  }

  async byToken(token: string) {
    // ruleid: js/sql-injection
    const [rows] = await this.cx.query('SELECT * FROM ledger WHERE token = ?', [token]);
    return rows;
  }

  async archived(token: string) {
    // ruleid: js/sql-injection
    const [rows] = await this.archive.query('SELECT * FROM archive WHERE token = ?', [token]);
    return rows;
  }

  async byId(id: string) {
    // ok: js/sql-injection
    const [rows] = await this.cx.query('SELECT * FROM ledger WHERE id = ?', [String(id)]);
    return rows;
  }
}
