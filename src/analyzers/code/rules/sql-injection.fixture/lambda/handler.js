const mysql = require('mysql2/promise');

exports.handler = async (event) => {
  const conn = await mysql.createConnection(process.env.DATABASE_URL);
  const { orderId } = event.pathParameters;
  // ruleid: js/sql-injection
  const [rows] = await conn.query(`SELECT * FROM orders WHERE id = ${orderId}`);
  const body = JSON.parse(event.body);
  // ok: js/sql-injection
  await conn.execute('UPDATE orders SET note = ? WHERE id = ?', [body.note, orderId]);
  return { statusCode: 200, body: JSON.stringify(rows) };
};
