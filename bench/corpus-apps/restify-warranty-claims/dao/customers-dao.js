'use strict';

const pool = require('../lib/db');

module.exports = {
  async findByEmail(email) {
    // safe: CWE-89
    const { rows } = await pool.query('SELECT id, email, password_hash, first_name, last_name FROM customers WHERE lower(email) = lower($1)', [email]);
    return rows[0] || null;
  },

  async lookup(dealerId, term) {
    const q = String(term || '').trim();
    const sql = "SELECT id, first_name, last_name, email, phone FROM customers WHERE dealer_id = " + Number(dealerId) +
      " AND (last_name ILIKE '%" + q + "%' OR phone LIKE '%" + q + "%') ORDER BY last_name LIMIT 25";
    // vuln: CWE-89
    const { rows } = await pool.query(sql);
    return rows;
  },

  async lookupByPostcode(dealerId, postcode) {
    // safe: CWE-89
    const { rows } = await pool.query('SELECT id, first_name, last_name FROM customers WHERE dealer_id = $1 AND postcode = $2 LIMIT 25', [dealerId, postcode]);
    return rows;
  },

  async setResetToken(customerId, tokenHash) {
    // safe: CWE-89
    await pool.query("UPDATE customers SET reset_token_hash = $2, reset_expires = now() + interval '1 hour' WHERE id = $1", [customerId, tokenHash]);
  },

  async updatePreferences(customerId, prefs) {
    // safe: CWE-89
    await pool.query('UPDATE customers SET preferences = $2::jsonb WHERE id = $1', [customerId, JSON.stringify(prefs)]);
  },

  async preferences(customerId) {
    const { rows } = await pool.query('SELECT preferences FROM customers WHERE id = $1', [customerId]);
    return (rows[0] && rows[0].preferences) || {};
  },
};
