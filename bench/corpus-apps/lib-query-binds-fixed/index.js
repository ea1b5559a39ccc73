'use strict';

const { escapeId, escapeValue } = require('./lib/escape');
const { buildWhere } = require('./lib/where');
const { injectReplacements } = require('./lib/replacements');

const DIRECTIONS = new Set(['ASC', 'DESC']);

function buildOrder(order) {
  return [].concat(order)
    .map((item) => {
      const [column, direction = 'ASC'] = Array.isArray(item) ? item : [item];
      const dir = String(direction).toUpperCase();
      if (!DIRECTIONS.has(dir)) throw new Error(`invalid sort direction ${direction}`);
      return `${escapeId(column)} ${dir}`;
    })
    .join(', ');
}

class Finder {
  /**
   * @param {import('mysql2/promise').Pool} pool
   */
  constructor(pool) {
    this.pool = pool;
  }

  /**
   * Runs SQL written by the application, with `:name` replacements.
   *
   * @example
   *   await finder.query('UPDATE jobs SET state = :state WHERE id = :id', { state: 'done', id });
   */
  async query(sql, replacements) {
    const [rows] = await this.pool.query(injectReplacements(sql, replacements));
    return rows;
  }

  /**
   * @example
   *   finder.findAll('orders', {
   *     where: { customer_id: req.user.id, reference: { $like: `%${req.query.ref}%` }, $raw: 'created_at > :since' },
   *     replacements: { since: new Date(Date.now() - 30 * 86400e3) },
   *     order: [['created_at', req.query.dir]],
   *     limit: 50,
   *   });
   */
  async findAll(table, { where, replacements, order, limit, offset, columns } = {}) {
    const select = columns ? columns.map(escapeId).join(', ') : '*';
    let sql = `SELECT ${select} FROM ${escapeId(table)}`;
    if (where) sql += ` WHERE ${buildWhere(where)}`;
    if (order) sql += ` ORDER BY ${buildOrder(order)}`;
    if (limit != null) sql += ` LIMIT ${escapeValue(Math.max(0, parseInt(limit, 10) || 0))}`;
    if (offset != null) sql += ` OFFSET ${escapeValue(Math.max(0, parseInt(offset, 10) || 0))}`;
    sql = injectReplacements(sql, replacements);
    // safe: CWE-89
    const [rows] = await this.pool.query(sql);
    return rows;
  }

  async findOne(table, options = {}) {
    const rows = await this.findAll(table, Object.assign({}, options, { limit: 1 }));
    return rows[0] || null;
  }

  async count(table, where) {
    const sql = `SELECT COUNT(*) AS n FROM ${escapeId(table)} WHERE ${where ? buildWhere(where) : '1 = 1'}`;
    const [rows] = await this.pool.query(sql);
    return Number(rows[0].n);
  }

  async insert(table, values) {
    const columns = Object.keys(values);
    const sql = `INSERT INTO ${escapeId(table)} (${columns.map(escapeId).join(', ')}) VALUES (${columns.map((c) => escapeValue(values[c])).join(', ')})`;
    const [result] = await this.pool.query(sql);
    return result.insertId;
  }
}

module.exports = { Finder, buildWhere, buildOrder, escapeId, escapeValue, injectReplacements };
