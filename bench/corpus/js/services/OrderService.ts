import { Knex } from 'knex';
import { Sequelize, QueryTypes } from 'sequelize';
import type { Request, Response } from 'express';

export class OrderService {
  constructor(private readonly knex: Knex, private readonly sequelize: Sequelize) {}

  async byCustomer(customerId: string, status?: string) {
    let q = this.knex('orders').where('customer_id', customerId);
    if (status) {
      // ruleid: js/sql-injection
      q = q.andWhereRaw(`status = '${status}'`);
    }
    return q;
  }

  async totals(from: string, to: string) {
    // ok: js/sql-injection
    return this.knex.raw('SELECT SUM(total) AS sum FROM orders WHERE created_at BETWEEN ? AND ?', [from, to]);
  }

  async search(term: string) {
    const sql = 'SELECT * FROM orders WHERE notes LIKE \'%' + term + '%\'';
    // ruleid: js/sql-injection
    return this.sequelize.query(sql, { type: QueryTypes.SELECT });
  }

  async searchSafe(term: string) {
    // ok: js/sql-injection
    return this.sequelize.query('SELECT * FROM orders WHERE notes LIKE $term', {
      bind: { term: `%${term}%` },
      type: QueryTypes.SELECT,
    });
  }
}

export class OrderController {
  constructor(private readonly service: OrderService) {}

  list = async (req: Request, res: Response) => {
    const { customerId, status } = req.query as Record<string, string>;
    res.json(await this.service.byCustomer(customerId, status));
  };

  search = (req: Request, res: Response) => {
    this.service
      .search(String(req.query.q))
      .then((rows) => res.json(rows))
      // ok: js/stack-trace-exposure
      .catch(() => res.status(500).json({ error: 'search failed' }));
  };
}
