import { quoteIdent } from './quote.js';
import { FieldError } from './fields.js';

/**
 * `?filter[status]=open&filter[customer_id]=4,7` → `"status" = $1 AND "customer_id" = ANY($2)`.
 * Column names are checked against the resource's columns; values are always bound.
 */
export function whereClause(filter, config, values) {
  const parts = [];
  for (const [column, raw] of Object.entries(filter || {})) {
    if (!config.columns.includes(column)) throw new FieldError(`cannot filter on ${column}`);
    const list = Array.isArray(raw) ? raw : String(raw).split(',');
    if (list.length > 1) {
      values.push(list);
      parts.push(`${quoteIdent(column)} = ANY($${values.length})`);
    } else {
      values.push(list[0]);
      parts.push(`${quoteIdent(column)} = $${values.length}`);
    }
  }
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}
