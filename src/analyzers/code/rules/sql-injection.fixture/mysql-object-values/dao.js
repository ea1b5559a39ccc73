const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: 'db' });

/** The caller decides where `token` comes from. */
async function findByResetToken(token) {
  // ruleid: js/sql-injection
  const [rows] = await pool.query('SELECT id FROM users WHERE reset_token = ?', [token]);
  return rows[0];
}

async function findByCode(code) {
  // ok: js/sql-injection
  const [rows] = await pool.query('SELECT id FROM users WHERE code = ?', [code]);
  return rows[0];
}

module.exports = function routes(app) {
  app.post('/reset', async (req, res) => res.json(await findByResetToken(req.body.token)));
  app.post('/code', async (req, res) => res.json(await findByCode(`${req.body.code}`)));
};
