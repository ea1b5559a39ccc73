'use strict';

const { getConnection } = require('../lib/mysql');
const { json } = require('../lib/http');

exports.handler = async (event) => {
  const { id } = event.pathParameters;
  const conn = await getConnection();
  // vuln: CWE-89
  const [rows] = await conn.query(`SELECT * FROM orders WHERE id = '${id}'`);
  return rows.length ? json(200, rows[0]) : json(404, { error: 'not found' });
};

exports.listByCustomer = async (event) => {
  const customer = event.queryStringParameters?.customer;
  const conn = await getConnection();
  // safe: CWE-89
  const [rows] = await conn.execute('SELECT * FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 50', [customer]);
  return json(200, rows);
};
