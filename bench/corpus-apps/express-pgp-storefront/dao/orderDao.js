'use strict';

const { db } = require('../db');

exports.listForUser = (userId) =>
  db.any('SELECT id, number, status, total_cents, created_at FROM orders WHERE user_id = $1 ORDER BY created_at DESC', [userId]);

exports.findInvoiceFile = (userId, orderId) =>
  db.oneOrNone('SELECT invoice_file FROM orders WHERE id = $1 AND user_id = $2', [orderId, userId]);

exports.place = (userId, lines, totalCents) =>
  db.tx('place-order', async (t) => {
    const order = await t.one(
      'INSERT INTO orders (user_id, status, total_cents) VALUES ($1, $2, $3) RETURNING id, number',
      [userId, 'pending', totalCents]
    );
    for (const line of lines) {
      await t.none(
        'INSERT INTO order_lines (order_id, sku, qty, unit_cents) VALUES ($1, $2, $3, $4)',
        [order.id, line.sku, line.qty, line.unitCents]
      );
      // vuln: CWE-89
      await t.none('UPDATE inventory SET on_hand = on_hand - ' + line.qty + ' WHERE sku = $1', [line.sku]);
    }
    return order;
  });

exports.restock = (sku, qty) =>
  db.tx((t) => t.batch([
    // safe: CWE-89
    t.none('UPDATE inventory SET on_hand = on_hand + $<qty> WHERE sku = $<sku>', { sku, qty: Number(qty) | 0 }),
    t.none('INSERT INTO inventory_log (sku, delta) VALUES ($1, $2)', [sku, Number(qty) | 0]),
  ]));
