import { prisma } from '../lib/prisma';

export interface CustomerRow {
  id: string;
  email: string;
  name: string;
  status: string;
  mrr_cents: number;
  created_at: Date;
}

export const customerRepository = {
  findById(accountId: string, id: string) {
    return prisma.customer.findFirst({ where: { id, accountId } });
  },

  async findByEmail(accountId: string, email: string): Promise<CustomerRow[]> {
    // safe: CWE-89
    return prisma.$queryRaw<CustomerRow[]>`
      SELECT id, email, name, status, mrr_cents, created_at
      FROM customers
      WHERE account_id = ${accountId} AND lower(email) = lower(${email})`;
  },

  /** Free-text search used by the admin customer list. */
  async search(accountId: string, term: string, limit = 50): Promise<CustomerRow[]> {
    const sql = `
      SELECT id, email, name, status, mrr_cents, created_at
      FROM customers
      WHERE account_id = '${accountId}'
        AND (name ILIKE '%${term}%' OR email ILIKE '%${term}%')
      ORDER BY created_at DESC
      LIMIT ${Number(limit) || 50}`;
    // vuln: CWE-89
    return prisma.$queryRawUnsafe<CustomerRow[]>(sql);
  },

  async forExport(accountId: string, since: Date): Promise<CustomerRow[]> {
    // safe: CWE-89
    return prisma.$queryRawUnsafe<CustomerRow[]>(
      'SELECT id, email, name, status, mrr_cents, created_at FROM customers WHERE account_id = $1 AND created_at >= $2 ORDER BY created_at',
      accountId,
      since,
    );
  },

  updateStatus(accountId: string, id: string, status: 'active' | 'churned' | 'paused') {
    return prisma.customer.updateMany({ where: { id, accountId }, data: { status } });
  },
};
