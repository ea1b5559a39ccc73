'use strict';

const pool = require('../lib/db');

const SORT_COLUMNS = {
  created: 'c.created_at',
  due: 'c.due_at',
  status: 'c.status',
  customer: 'cu.last_name',
};

class ClaimsDao {
  constructor(db = pool) {
    this.db = db;
  }

  async findById(id, dealerId) {
    // safe: CWE-89
    const { rows } = await this.db.query(
      'SELECT c.*, cu.first_name, cu.last_name FROM claims c JOIN customers cu ON cu.id = c.customer_id WHERE c.id = $1 AND c.dealer_id = $2',
      [id, dealerId],
    );
    return rows[0] || null;
  }

  async list(dealerId, { status, sort = 'created', dir = 'desc', limit = 50, offset = 0 }) {
    const params = [dealerId];
    let where = 'c.dealer_id = $1';
    if (status) {
      params.push(status);
      where += ` AND c.status = $${params.length}`;
    }
    const orderBy = SORT_COLUMNS[sort] || SORT_COLUMNS.created;
    const direction = String(dir).toLowerCase() === 'asc' ? 'ASC' : 'DESC';
    params.push(Math.min(Number(limit) || 50, 200), Number(offset) || 0);
    const sql = `SELECT c.id, c.claim_number, c.status, c.created_at, c.due_at, cu.last_name
                 FROM claims c JOIN customers cu ON cu.id = c.customer_id
                 WHERE ${where} ORDER BY ${orderBy} ${direction}
                 LIMIT $${params.length - 1} OFFSET $${params.length}`;
    // safe: CWE-89
    const { rows } = await this.db.query(sql, params);
    return rows;
  }

  async searchByModel(dealerId, model, fromDate) {
    const sql = `SELECT c.id, c.claim_number, c.status, p.model_code
                 FROM claims c JOIN products p ON p.id = c.product_id
                 WHERE c.dealer_id = $1 AND p.model_code ILIKE '${model}%' AND c.created_at >= $2
                 ORDER BY c.created_at DESC LIMIT 100`;
    // vuln: CWE-89
    const { rows } = await this.db.query(sql, [dealerId, fromDate]);
    return rows;
  }

  async create(claim) {
    // safe: CWE-89
    const { rows } = await this.db.query(
      `INSERT INTO claims (claim_number, dealer_id, customer_id, product_id, serial_enc, fault, status, due_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'open', now() + interval '10 days') RETURNING id, claim_number`,
      [claim.claimNumber, claim.dealerId, claim.customerId, claim.productId, claim.serialEnc, claim.fault],
    );
    return rows[0];
  }

  async updateStatus(id, dealerId, status, note) {
    // safe: CWE-89
    await this.db.query('UPDATE claims SET status = $3, last_note = $4, updated_at = now() WHERE id = $1 AND dealer_id = $2', [id, dealerId, status, note]);
  }

  async dueWithin(hours) {
    // safe: CWE-89
    const { rows } = await this.db.query(
      `SELECT c.id, c.claim_number, c.due_at, cu.first_name || ' ' || cu.last_name AS customer_name, d.support_email
       FROM claims c JOIN customers cu ON cu.id = c.customer_id JOIN dealers d ON d.id = c.dealer_id
       WHERE c.status NOT IN ('closed', 'rejected') AND c.due_at < now() + ($1 || ' hours')::interval`,
      [String(Number(hours) || 24)],
    );
    return rows;
  }

  async stats(dealerId, groupBy) {
    const column = groupBy === 'product' ? 'c.product_id' : 'c.status';
    // safe: CWE-89
    const { rows } = await this.db.query(`SELECT ${column} AS key, count(*)::int AS n FROM claims c WHERE c.dealer_id = $1 GROUP BY 1 ORDER BY 2 DESC`, [dealerId]);
    return rows;
  }
}

module.exports = ClaimsDao;
