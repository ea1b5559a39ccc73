const { Pool } = require('pg');

const pool = new Pool();

exports.archive = async (req, res) => {
  // ok: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM archive ORDER BY ${req.query.sort}`);
  res.json(rows);
};

// Registered twice, once without validation: the format is whatever the client sent.
exports.exportAll = async (req, res) => {
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`COPY posts TO STDOUT WITH (FORMAT ${req.query.format})`);
  res.send(rows);
};

exports.drafts = async (req, res) => {
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM drafts WHERE owner = '${req.query.owner}'`);
  res.json(rows);
};
