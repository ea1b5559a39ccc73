"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.splitPath = exports.assertColumn = exports.quoteIdent = void 0;
/**
 * Double-quotes an SQL identifier, doubling embedded quotes (the `pg-format %I` rule).
 */
function quoteIdent(name) {
    if (typeof name !== "string" || name.length === 0 || name.includes("\u0000"))
        throw new TypeError(`pgtable-lite: invalid identifier ${JSON.stringify(name)}`);
    return `"${name.replace(/"/g, '""')}"`;
}
exports.quoteIdent = quoteIdent;
/**
 * When the table declares its columns, only those may be filtered or sorted on.
 */
function assertColumn(column, options) {
    if (options.columns && !options.columns.includes(column))
        throw new Error(`pgtable-lite: unknown column "${column}"`);
}
exports.assertColumn = assertColumn;
/**
 * `'profile.address.city'` → `{ column: 'profile', path: ['address', 'city'] }` when `profile` is
 * a declared JSON column; otherwise the whole key is a column name.
 */
function splitPath(key, options) {
    const dot = key.indexOf(".");
    if (dot > 0) {
        const column = key.slice(0, dot);
        if ((options.jsonColumns || []).includes(column))
            return { column, path: key.slice(dot + 1).split(".") };
    }
    return { column: key, path: [] };
}
exports.splitPath = splitPath;
//# sourceMappingURL=ident.js.map
