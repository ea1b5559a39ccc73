// Data-access functions typed only by JSDoc: the handle is passed in by routes.js, from a
// decorator this file cannot see, so its declared type is what says it is a mysql2 pool.
/** @typedef {import('mysql2/promise').Pool} Pool */
import { Pool as PgPool } from 'pg';

/** @param {Pool} cx */
export async function findByResetToken(cx, token) {
  // ruleid: js/sql-injection
  const [rows] = await cx.query('SELECT id FROM users WHERE reset_token = ?', [token]);
  return rows[0];
}

/** @param {Pool} cx */
export async function findByInvite(cx, invite) {
  // execute() sends the values as a prepared statement's parameters: an object is one JSON value.
  // ok: js/sql-injection
  const [rows] = await cx.execute('SELECT id FROM users WHERE invite = ?', [invite]);
  return rows[0];
}

/**
 * @param {import('mysql2').Connection} link
 * @param {string} code
 */
export const findByCode = async (link, code) => {
  // ruleid: js/sql-injection
  const [rows] = await link.promise().query('SELECT id FROM users WHERE code = ?', [code]);
  return rows[0];
};

/** @param {?PgPool} store */
export async function runReport(store, statement) {
  // Runs whatever statement it is given: reported where the statement comes from (routes.js).
  return store.query(statement);
}

/** @param {Store} store (the application's own wrapper: not a driver) */
export async function findByLabel(store, label) {
  // ok: js/sql-injection
  return store.query('SELECT id FROM users WHERE label = ?', [label]);
}

export class Sessions {
  /** @param {import('mysql2/promise').PoolConnection} cx */
  constructor(cx) {
    this.cx = cx;
  }

  async byToken(token) {
    // ruleid: js/sql-injection
    const [rows] = await this.cx.query('SELECT * FROM sessions WHERE token = ?', [token]);
    return rows;
  }

  /** @type {import('pg').Pool} */
  reports;

  async run(statement) {
    // (Reported in routes.js, where the statement comes from.)
    return this.reports.query(statement);
  }
}

/** @import { PoolConnection as Tx } from 'mysql2/promise' */

/** @param {Tx} tx the caller's transaction */
export async function claimInvite(tx, invite) {
  // ruleid: js/sql-injection
  await tx.query('UPDATE invites SET claimed = 1 WHERE invite = ?', [invite]);
}

/** @param {Pool} cx */
export const VERSION = 2;
export async function findByNickname(cx, nickname) {
  // (The comment above documents VERSION, not this function: `cx` is not known to be a pool.)
  // ok: js/sql-injection
  const [rows] = await cx.query('SELECT id FROM users WHERE nickname = ?', [nickname]);
  return rows[0];
}
