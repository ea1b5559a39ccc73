import { Op, QueryTypes, literal, type WhereOptions } from 'sequelize';
import type { Sequelize } from 'sequelize';
import { Customer } from '../models';

export interface CustomerFilter {
  status?: string;
  plan?: string;
  q?: string;
  sort?: string;
  page: number;
}

export interface RevenueRow {
  region: string;
  plan: string;
  customers: number;
  mrr: number;
}

const PAGE_SIZE = 50;

export class CustomerRepository {
  constructor(private readonly sequelize: Sequelize) {}

  async list(filter: CustomerFilter) {
    const where: WhereOptions<Customer> = {};
    if (filter.status) where.status = filter.status;
    if (filter.plan) where.plan = filter.plan;
    if (filter.q) {
      // safe: CWE-89
      (where as any)[Op.or] = [{ name: { [Op.iLike]: `%${filter.q}%` } }, { email: { [Op.iLike]: `%${filter.q}%` } }];
    }
    return Customer.findAndCountAll({
      where,
      // vuln: CWE-89
      order: filter.sort ? literal(filter.sort) : [['createdAt', 'DESC']],
      limit: PAGE_SIZE,
      offset: (filter.page - 1) * PAGE_SIZE,
    });
  }

  async findById(id: number) {
    return Customer.findByPk(id);
  }

  /** Quick-search box in the top bar (name, e-mail or domain fragment). */
  async quickSearch(term: string) {
    // vuln: CWE-89
    return this.sequelize.query(
      `SELECT id, name, email, plan, status FROM customers
       WHERE name ILIKE '%${term}%' OR email ILIKE '%${term}%'
       ORDER BY mrr DESC LIMIT 20`,
      { type: QueryTypes.SELECT },
    );
  }

  async revenueByRegion(region: string | undefined, since: string) {
    // safe: CWE-89
    return this.sequelize.query<RevenueRow>(
      `SELECT region, plan, count(*)::int AS customers, sum(mrr)::int AS mrr
       FROM customers
       WHERE created_at >= :since AND (:region::text IS NULL OR region = :region)
       GROUP BY region, plan ORDER BY mrr DESC`,
      { replacements: { since, region: region ?? null }, type: QueryTypes.SELECT },
    );
  }

  async updateNotes(id: number, notes: string) {
    return Customer.update({ notes }, { where: { id } });
  }

  async forExport(status: string) {
    // safe: CWE-89
    return this.sequelize.query<Record<string, unknown>>(
      'SELECT id, name, email, plan, status, region, mrr, created_at FROM customers WHERE status = $1 ORDER BY id',
      { bind: [status], type: QueryTypes.SELECT },
    );
  }
}
