'use strict';
const { orderClause, rawOrder, directions } = require('./order');

async function sorted(db, sort) {
  // ok: js/sql-injection
  return db.query(`SELECT * FROM items ORDER BY ${orderClause(sort)}`);
}

async function sortedRaw(db, sort) {
  // ruleid: js/sql-injection
  return db.query(`SELECT * FROM items ORDER BY ${rawOrder(sort)}`);
}

async function byDirection(db, sort) {
  // ok: js/sql-injection
  return db.query(`SELECT * FROM items ORDER BY id ${directions(sort)}`);
}

module.exports = { sorted, sortedRaw, byDirection };
