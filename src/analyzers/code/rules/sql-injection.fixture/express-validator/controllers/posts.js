const { Pool } = require('pg');

const pool = new Pool();

exports.drafts = async (req, res) => {
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM drafts WHERE owner = '${req.query.owner}'`);
  res.json(rows);
};
