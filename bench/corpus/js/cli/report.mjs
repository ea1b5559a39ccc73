#!/usr/bin/env node
// report.mjs — generate a CSV report from the local SQLite database
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    table: { type: 'string', default: 'orders' },
    since: { type: 'string' },
    out: { type: 'string', default: 'report.csv' },
  },
});

const db = new Database('data.db', { readonly: true });
const ALLOWED_TABLES = new Set(['orders', 'customers', 'invoices']);

if (!ALLOWED_TABLES.has(values.table)) {
  console.error(`Unknown table ${values.table}`);
  process.exit(2);
}

// ok: js/sql-injection
const rows = db.prepare(`SELECT * FROM ${values.table} WHERE created_at >= ?`).all(values.since ?? '1970-01-01');

const status = process.argv[2] || 'paid';
// ok: js/sql-injection
const extra = db.prepare('SELECT COUNT(*) AS n FROM orders WHERE status = ?').get(status);

const csv = [Object.keys(rows[0] ?? {}).join(','), ...rows.map((r) => Object.values(r).join(','))].join('\n');
// ok: js/path-traversal
writeFileSync(values.out, csv);
console.log(`Wrote ${rows.length} rows (${extra.n} total) to ${values.out}`);
