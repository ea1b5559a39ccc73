"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Table = void 0;
const ident_1 = require("./ident");
const where_1 = require("./where");
const MAX_LIMIT = 1000;
/**
 * A gateway to one table.
 *
 * @example
 *   const users = new Table(pool, 'users', { jsonColumns: ['profile'] });
 *   await users.find({ 'profile.country': req.query.country }, { orderBy: '-created_at', limit: 20 });
 */
class Table {
    constructor(db, name, options = {}) {
        this.db = db;
        this.options = Object.assign({ primaryKey: "id", jsonColumns: [] }, options);
        this.name = name.split(".").map(ident_1.quoteIdent).join(".");
    }
    async find(where = {}, options = {}) {
        const { text, values } = (0, where_1.compileWhere)(where, this.options);
        let sql = `SELECT * FROM ${this.name} WHERE ${text}${(0, where_1.compileOrderBy)(options.orderBy, this.options)}`;
        if (options.limit !== undefined)
            sql += ` LIMIT ${Math.min(MAX_LIMIT, Math.max(0, Math.trunc(Number(options.limit)) || 0))}`;
        if (options.offset !== undefined)
            sql += ` OFFSET ${Math.max(0, Math.trunc(Number(options.offset)) || 0)}`;
        const result = await this.run(sql, values);
        return result.rows;
    }
    async findOne(where = {}) {
        const rows = await this.find(where, { limit: 1 });
        return rows.length ? rows[0] : null;
    }
    async count(where = {}) {
        const { text, values } = (0, where_1.compileWhere)(where, this.options);
        const result = await this.run(`SELECT count(*)::int AS n FROM ${this.name} WHERE ${text}`, values);
        return result.rows[0].n;
    }
    async findById(id) {
        // safe: CWE-89
        const result = await this.db.query(`SELECT * FROM ${this.name} WHERE ${(0, ident_1.quoteIdent)(this.options.primaryKey)} = $1`, [id]);
        return result.rows[0] || null;
    }
    run(sql, values) {
        // safe: CWE-89
        return this.db.query(sql, values);
    }
}
exports.Table = Table;
//# sourceMappingURL=table.js.map
