'use strict';

const { escapeId, direction, toLimit } = require('./escape');

const OPERATORS = new Set(['=', '<>', '!=', '<', '<=', '>', '>=', 'like', 'ilike', 'in', 'is', 'is not']);

class Query {
  constructor(client, table) {
    this.client = client;
    this.dialect = client.dialect;
    this._table = table;
    this._columns = ['*'];
    this._wheres = [];
    this._orders = [];
    this._limit = null;
    this._offset = null;
  }

  select(...columns) {
    this._columns = columns.flat().length ? columns.flat() : ['*'];
    return this;
  }

  /** where({ col: value }) or where(col, value) or where(col, op, value) */
  where(column, op, value) {
    if (column && typeof column === 'object') {
      for (const key of Object.keys(column)) this.where(key, '=', column[key]);
      return this;
    }
    if (value === undefined) {
      value = op;
      op = '=';
    }
    const operator = String(op).toLowerCase();
    if (!OPERATORS.has(operator)) throw new TypeError(`tinyqb: unsupported operator "${op}"`);
    this._wheres.push({ column, operator, value });
    return this;
  }

  orderBy(column, dir) {
    this._orders.push({ column, dir: direction(dir) });
    return this;
  }

  limit(n) {
    this._limit = toLimit(n);
    return this;
  }

  offset(n) {
    this._offset = toLimit(n);
    return this;
  }

  toSQL() {
    const d = this.dialect;
    const bindings = [];
    const next = (value) => {
      bindings.push(value);
      return d.placeholder(bindings.length);
    };
    let sql = `SELECT ${escapeId(d, this._columns)} FROM ${escapeId(d, this._table)}`;
    if (this._wheres.length) {
      const parts = this._wheres.map(({ column, operator, value }) => {
        if (operator === 'in') {
          const list = Array.isArray(value) ? value : [value];
          return `${escapeId(d, column)} IN (${list.map(next).join(', ')})`;
        }
        if (value === null) return `${escapeId(d, column)} IS ${operator === '=' || operator === 'is' ? '' : 'NOT '}NULL`;
        return `${escapeId(d, column)} ${operator.toUpperCase()} ${next(value)}`;
      });
      sql += ` WHERE ${parts.join(' AND ')}`;
    }
    if (this._orders.length) {
      sql += ` ORDER BY ${this._orders.map((o) => `${escapeId(d, o.column)} ${o.dir}`).join(', ')}`;
    }
    if (this._limit !== null) sql += ` LIMIT ${this._limit}`;
    if (this._offset !== null) sql += ` OFFSET ${this._offset}`;
    return { sql, bindings };
  }

  then(resolve, reject) {
    return this.client.run(this).then(resolve, reject);
  }
}

module.exports = { Query };
