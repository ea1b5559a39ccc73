import { quoteIdent } from './quote.js';

export class FieldError extends Error {
  constructor(message) {
    super(message);
    this.name = 'FieldError';
    this.status = 400;
  }
}

function toList(value) {
  if (value === undefined || value === null || value === '') return [];
  const items = Array.isArray(value) ? value : String(value).split(',');
  return items.map((f) => String(f).trim()).filter(Boolean);
}

/**
 * Sparse fieldsets: `?fields=id,status,total`. Names must be known columns or computed columns
 * declared by the application in `options.computed` (`{ email_lower: 'lower(email)' }`).
 */
export function selectList(fields, config) {
  const wanted = toList(fields);
  const names = wanted.length ? wanted : config.defaultFields;
  return names
    .map((field) => {
      if (config.computed && Object.prototype.hasOwnProperty.call(config.computed, field)) {
        return `${config.computed[field]} AS ${quoteIdent(field)}`;
      }
      if (!config.columns.includes(field)) throw new FieldError(`unknown field ${field}`);
      return quoteIdent(field);
    })
    .join(', ');
}

/** `?fields=` for single-row reads: known columns only. */
export function columnList(fields, config) {
  const wanted = toList(fields);
  const names = wanted.length ? wanted : config.defaultFields;
  return names
    .map((field) => {
      if (!config.columns.includes(field)) throw new FieldError(`unknown field ${field}`);
      return quoteIdent(field);
    })
    .join(', ');
}
