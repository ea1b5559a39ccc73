'use strict';

const pool = require('../lib/db');

module.exports = {
  async findByLogin(login) {
    // safe: CWE-89
    const { rows } = await pool.query('SELECT id, login, password_md5, dealer_id, role, failed_logins, locked_until FROM technicians WHERE login = $1', [login]);
    return rows[0] || null;
  },

  async recordFailure(id) {
    await pool.query("UPDATE technicians SET failed_logins = failed_logins + 1, locked_until = CASE WHEN failed_logins >= 4 THEN now() + interval '15 minutes' ELSE locked_until END WHERE id = $1", [id]);
  },

  async resetFailures(id) {
    await pool.query('UPDATE technicians SET failed_logins = 0, locked_until = NULL WHERE id = $1', [id]);
  },
};
