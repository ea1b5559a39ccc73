'use strict';

const pool = require('../lib/db');

module.exports = {
  async add(claimId, storedName, originalName, contentType) {
    // safe: CWE-89
    const { rows } = await pool.query(
      'INSERT INTO attachments (claim_id, stored_name, original_name, content_type) VALUES ($1, $2, $3, $4) RETURNING id',
      [claimId, storedName, originalName, contentType],
    );
    return rows[0].id;
  },

  async get(id, claimId) {
    const { rows } = await pool.query('SELECT id, stored_name, original_name, content_type FROM attachments WHERE id = $1 AND claim_id = $2', [id, claimId]);
    return rows[0] || null;
  },
};
