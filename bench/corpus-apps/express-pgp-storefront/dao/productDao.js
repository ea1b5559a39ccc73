'use strict';

const { db, pgp } = require('../db');

const SORTABLE = {
  price: 'price_cents',
  name: 'name',
  newest: 'created_at',
};

const PAGE_SIZE = 24;

function pageOffset(page) {
  const n = Number.parseInt(page, 10);
  return Number.isFinite(n) && n > 1 ? (n - 1) * PAGE_SIZE : 0;
}

exports.findById = (id) =>
  // safe: CWE-89
  db.oneOrNone('SELECT id, sku, name, description, price_cents, formula_id FROM products WHERE id = $1', [id]);

exports.findBySku = (sku) =>
  db.oneOrNone('SELECT * FROM products WHERE sku = $<sku> AND active', { sku });

exports.listByCategory = (category, page) =>
  db.any(
    'SELECT id, sku, name, price_cents FROM products WHERE category = $<category> ORDER BY name LIMIT $<limit> OFFSET $<offset>',
    { category, limit: PAGE_SIZE, offset: pageOffset(page) }
  );

exports.search = (term) => {
  const words = String(term || '').trim();
  // vuln: CWE-89
  return db.any("SELECT id, sku, name, price_cents FROM products WHERE active AND name ILIKE '%" + words + "%' ORDER BY name LIMIT 50");
};

exports.searchDescriptions = (term) => {
  const sql = pgp.as.format(
    'SELECT id, sku, name FROM products WHERE description ILIKE $1 LIMIT 50',
    ['%' + String(term || '') + '%']
  );
  // safe: CWE-89
  return db.any(sql);
};

exports.listSorted = (category, sortKey, direction) => {
  const column = SORTABLE[sortKey] || SORTABLE.name;
  const dir = direction === 'desc' ? 'DESC' : 'ASC';
  // safe: CWE-89
  return db.any(`SELECT id, sku, name, price_cents FROM products WHERE category = $1 ORDER BY $2:name ${dir} LIMIT 100`, [category, column]);
};

exports.listForFeed = (columns, orderBy) => {
  const cols = Array.isArray(columns) && columns.length ? columns : ['id', 'sku', 'name'];
  // vuln: CWE-89
  return db.any('SELECT $1:name FROM products WHERE active ORDER BY $2:raw', [cols, orderBy || 'id']);
};

exports.upsertFromFeed = (item) =>
  db.none(
    `INSERT INTO products (sku, name, description, price_cents, category, active)
     VALUES ($<sku>, $<name>, $<description>, $<priceCents>, $<category>, true)
     ON CONFLICT (sku) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description,
       price_cents = EXCLUDED.price_cents, category = EXCLUDED.category`,
    item
  );
