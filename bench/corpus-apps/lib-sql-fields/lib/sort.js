import { quoteIdent } from './quote.js';
import { FieldError } from './fields.js';

/**
 * `?sort=-created_at,status` → `"created_at" DESC, "status" ASC`. Columns must be known; the
 * direction comes from the `-` prefix and is one of two constants.
 */
export function orderClause(sort, config) {
  const items = String(sort || config.key)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items
    .map((item) => {
      const desc = item.startsWith('-');
      const column = desc ? item.slice(1) : item;
      if (!config.columns.includes(column)) throw new FieldError(`cannot sort on ${column}`);
      return `${quoteIdent(column)} ${desc ? 'DESC' : 'ASC'}`;
    })
    .join(', ');
}

export function encodeCursor(row, column, key) {
  return Buffer.from(JSON.stringify([row[column], row[key]])).toString('base64url');
}

export function decodeCursor(cursor) {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(String(cursor), 'base64url').toString('utf8'));
    return Array.isArray(value) && value.length === 2 ? value : null;
  } catch {
    return null;
  }
}
