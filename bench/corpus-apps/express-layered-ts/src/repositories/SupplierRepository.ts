import { inject, injectable } from 'tsyringe';
import { DataSource, Repository } from 'typeorm';
import { Supplier } from '../entities/Supplier';

export interface SpendRow {
  id: string;
  name: string;
  country: string;
  total_spend: string;
  invoice_count: number;
}

const PERIOD_INTERVAL = { month: '1 month', quarter: '3 months', year: '1 year' } as const;

@injectable()
export class SupplierRepository {
  private readonly repo: Repository<Supplier>;

  constructor(@inject(DataSource) private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(Supplier);
  }

  findById(id: string) {
    return this.repo.findOneBy({ id });
  }

  findByVat(vatNumber: string) {
    return this.repo
      .createQueryBuilder('supplier')
      // safe: CWE-89
      .where('supplier.vatNumber = :vatNumber', { vatNumber: vatNumber.toUpperCase() })
      .getOne();
  }

  async saveCatalog(id: string, catalog: unknown[]) {
    await this.repo.update({ id }, { catalog });
  }

  spendReport(country: string | undefined, sortBy: string): Promise<SpendRow[]> {
    const params: unknown[] = [];
    let where = '';
    if (country) {
      params.push(country.toUpperCase());
      where = `WHERE s.country = $${params.length}`;
    }
    // vuln: CWE-89
    return this.dataSource.query(`SELECT s.id, s.name, s.country, COALESCE(SUM(i.amount_cents), 0)::text AS total_spend, COUNT(i.id)::int AS invoice_count FROM suppliers s LEFT JOIN invoices i ON i.supplier_id = s.id ${where} GROUP BY s.id ORDER BY ${sortBy} DESC`, params);
  }

  spendByPeriod(period: keyof typeof PERIOD_INTERVAL): Promise<SpendRow[]> {
    // safe: CWE-89
    return this.dataSource.query(`SELECT s.id, s.name, s.country, COALESCE(SUM(i.amount_cents), 0)::text AS total_spend, COUNT(i.id)::int AS invoice_count FROM suppliers s JOIN invoices i ON i.supplier_id = s.id WHERE i.created_at >= now() - interval '${PERIOD_INTERVAL[period]}' GROUP BY s.id ORDER BY 4 DESC`);
  }
}
