/**
 * Text formatting: `2024-05-01T10:00:00.000Z INFO  [api] user signed in user=a@b.c id=7`.
 */
import { levelLabel } from './levels.js';

const PAD = 5;

/** ISO time, or the empty string when timestamps are off. */
export function formatTime(time, enabled = true) {
  return enabled ? new Date(time).toISOString() : '';
}

/**
 * Renders one value of a `key=value` pair. Strings containing spaces or `=` are double-quoted so
 * that the pair stays one token for logfmt readers.
 *
 * @param {unknown} value
 * @returns {string}
 */
export function formatValue(value) {
  if (value === null || value === undefined) return String(value);
  if (value instanceof Error) return formatValue(value.message);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  if (text === '' || /[\s="]/.test(text)) return `"${text.replace(/"/g, '\\"')}"`;
  return text;
}

/**
 * @param {Record<string, unknown>} fields
 * @param {string[]} redact
 */
export function formatFields(fields, redact) {
  const parts = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const shown = redact.includes(key.toLowerCase()) ? '[redacted]' : formatValue(value);
    parts.push(`${key}=${shown}`);
  }
  return parts.join(' ');
}

/**
 * One text line (without the trailing newline).
 *
 * @param {{ time: number, level: number, name: string, msg: string, fields: Record<string, unknown> }} record
 * @param {{ timestamp: boolean, redact: string[] }} opts
 */
export function formatText(record, opts) {
  const head = [formatTime(record.time, opts.timestamp), levelLabel(record.level).padEnd(PAD)];
  if (record.name) head.push(`[${record.name}]`);
  const fields = formatFields(record.fields, opts.redact);
  return `${head.filter(Boolean).join(' ')} ${record.msg}${fields ? ` ${fields}` : ''}`;
}

/**
 * JSON record with redaction applied; `JSON.stringify` escapes control characters itself.
 */
export function toJsonRecord(record, opts) {
  const out = { time: formatTime(record.time, opts.timestamp) || undefined, level: record.level };
  if (record.name) out.name = record.name;
  out.msg = record.msg;
  for (const [key, value] of Object.entries(record.fields)) {
    out[key] = opts.redact.includes(key.toLowerCase()) ? '[redacted]' : value instanceof Error ? { message: value.message, stack: value.stack } : value;
  }
  return out;
}
