'use strict';

const { splitRecords } = require('./lib/split');
const { compileRowParser, compileRowFormatter } = require('./lib/compile');

const DEFAULTS = { delimiter: ',', header: true, types: undefined, columns: undefined };

/**
 * Parses CSV/TSV text into objects.
 *
 *   const rows = rowmap.parse(fs.readFileSync('orders.csv', 'utf8'), { types: { qty: 'number' } });
 *
 * With `header: true` (default) the first record names the columns; otherwise
 * pass `columns`.
 */
function parse(text, options = {}) {
  const opts = { ...DEFAULTS, ...options };
  const records = splitRecords(String(text), opts.delimiter);
  if (records.length === 0) return [];
  const fields = opts.header ? records.shift().map((f) => f.trim()) : opts.columns;
  if (!Array.isArray(fields)) {
    throw new TypeError('rowmap: pass header: true or a columns array');
  }
  const mapRow = compileRowParser(fields, { types: opts.types });
  return records.filter((r) => !(r.length === 1 && r[0] === '')).map(mapRow);
}

function quoteCell(value, delimiter) {
  if (value == null) return '';
  const text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Turns objects back into CSV text. Columns default to the keys of the first row.
 */
function stringify(rows, options = {}) {
  const delimiter = options.delimiter || ',';
  const fields = options.columns || (rows.length ? Object.keys(rows[0]) : []);
  const formatRow = compileRowFormatter(fields, (v) => quoteCell(v, delimiter));
  const lines = [fields.map((f) => quoteCell(f, delimiter)).join(delimiter)];
  for (const row of rows) lines.push(formatRow(row).join(delimiter));
  return lines.join('\n') + '\n';
}

module.exports = { parse, stringify, compileRowParser, compileRowFormatter };
