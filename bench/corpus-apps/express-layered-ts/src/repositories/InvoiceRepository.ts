import { inject, injectable } from 'tsyringe';
import { DataSource, Repository } from 'typeorm';
import { Invoice } from '../entities/Invoice';
import type { InvoiceListQuery } from '../validation/schemas';

const SORT_COLUMNS: Record<InvoiceListQuery['sort'], string> = {
  createdAt: 'invoice.createdAt',
  dueDate: 'invoice.dueDate',
  amount: 'invoice.amountCents',
};

@injectable()
export class InvoiceRepository {
  private readonly repo: Repository<Invoice>;

  constructor(@inject(DataSource) private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(Invoice);
  }

  findPage(filter: InvoiceListQuery) {
    const qb = this.repo.createQueryBuilder('invoice').leftJoinAndSelect('invoice.supplier', 'supplier');
    if (filter.status) {
      // safe: CWE-89
      qb.andWhere('invoice.status = :status', { status: filter.status });
    }
    return qb
      // safe: CWE-89
      .orderBy(SORT_COLUMNS[filter.sort], filter.order)
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
  }

  searchByReference(term: string, supplierId?: string) {
    const qb = this.repo
      .createQueryBuilder('invoice')
      .leftJoinAndSelect('invoice.supplier', 'supplier')
      // vuln: CWE-89
      .where(`invoice.reference ILIKE '%${term}%'`);
    if (supplierId) {
      qb.andWhere('invoice.supplierId = :supplierId', { supplierId });
    }
    return qb.orderBy('invoice.createdAt', 'DESC').limit(50).getMany();
  }

  findById(id: string) {
    return this.repo.findOne({ where: { id }, relations: { supplier: true } });
  }

  save(invoice: Partial<Invoice>) {
    return this.repo.save(invoice);
  }

  async update(id: string, patch: Partial<Invoice>) {
    await this.repo.update({ id }, patch);
  }

  totalsBySupplier(supplierId: string): Promise<{ status: string; total: string }[]> {
    // safe: CWE-89
    return this.dataSource.query('SELECT status, SUM(amount_cents)::text AS total FROM invoices WHERE supplier_id = $1 GROUP BY status', [supplierId]);
  }
}
