"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.compileOrderBy = exports.compileWhere = void 0;
const ident_1 = require("./ident");
const OPERATORS = {
    $eq: "=",
    $ne: "<>",
    $gt: ">",
    $gte: ">=",
    $lt: "<",
    $lte: "<=",
    $like: "LIKE",
    $ilike: "ILIKE",
};
function isPlainObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}
/**
 * Left-hand side of a condition: `"email"`, or `"profile" #>> $n` for a path into a JSONB column
 * (text result, so it compares with text parameters). Since 0.14.3 the path is bound as a `text[]`
 * parameter; 0.14.2 pasted the segments into a `'{a,b}'` literal, so a filter key such as
 * `profile.x}' = '' OR 1=1 --` closed the literal and rewrote the query.
 */
function target(key, options, param) {
    const { column, path } = (0, ident_1.splitPath)(key, options);
    (0, ident_1.assertColumn)(column, options);
    if (path.length === 0)
        return (0, ident_1.quoteIdent)(column);
    return `${(0, ident_1.quoteIdent)(column)} #>> ${param(path)}::text[]`;
}
/**
 * Compiles an object filter into a parameterised `WHERE` body. Keys are columns (or JSONB paths),
 * values are scalars, arrays (`IN`) or operator objects; every value becomes a `$n` parameter.
 *
 * @example
 *   compileWhere({ status: 'active', age: { $gte: 18 }, 'profile.country': 'NL' }, { jsonColumns: ['profile'] })
 *   // text: "status" = $1 AND "age" >= $2 AND "profile" #>> $3::text[] = $4
 */
function compileWhere(where, options = {}, startAt = 1) {
    const values = [];
    const clauses = [];
    const param = (value) => {
        values.push(value);
        return `$${startAt + values.length - 1}`;
    };
    for (const [key, condition] of Object.entries(where || {})) {
        if (condition === undefined)
            continue;
        const lhs = target(key, options, param);
        if (condition === null) {
            clauses.push(`${lhs} IS NULL`);
        }
        else if (Array.isArray(condition)) {
            clauses.push(condition.length === 0 ? "FALSE" : `${lhs} = ANY(${param(condition)})`);
        }
        else if (isPlainObject(condition)) {
            for (const [op, value] of Object.entries(condition)) {
                if (op === "$null") {
                    clauses.push(`${lhs} IS ${value ? "" : "NOT "}NULL`);
                }
                else if (op === "$in") {
                    if (!Array.isArray(value))
                        throw new TypeError("pgtable-lite: $in needs an array");
                    clauses.push(value.length === 0 ? "FALSE" : `${lhs} = ANY(${param(value)})`);
                }
                else if (Object.prototype.hasOwnProperty.call(OPERATORS, op)) {
                    clauses.push(`${lhs} ${OPERATORS[op]} ${param(value)}`);
                }
                else {
                    throw new Error(`pgtable-lite: unknown operator ${op}`);
                }
            }
        }
        else {
            clauses.push(`${lhs} = ${param(condition)}`);
        }
    }
    return { text: clauses.length ? clauses.join(" AND ") : "TRUE", values };
}
exports.compileWhere = compileWhere;
const DIRECTIONS = { asc: "ASC", desc: "DESC" };
/**
 * `'name'`, `'-created_at'` or `['status', '-id']` → `ORDER BY "status" ASC, "id" DESC`.
 */
function compileOrderBy(orderBy, options) {
    const items = Array.isArray(orderBy) ? orderBy : orderBy ? [orderBy] : [];
    const parts = items.map((item) => {
        const desc = item.startsWith("-");
        const column = desc ? item.slice(1) : item;
        (0, ident_1.assertColumn)(column, options);
        return `${(0, ident_1.quoteIdent)(column)} ${DIRECTIONS[desc ? "desc" : "asc"]}`;
    });
    return parts.length ? ` ORDER BY ${parts.join(", ")}` : "";
}
exports.compileOrderBy = compileOrderBy;
//# sourceMappingURL=where.js.map
