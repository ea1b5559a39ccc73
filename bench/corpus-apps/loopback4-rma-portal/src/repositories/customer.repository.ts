import {inject} from '@loopback/core';
import {DefaultCrudRepository} from '@loopback/repository';
import {DbDataSource} from '../datasources/db.datasource';
import {Customer} from '../models/rma.model';

export interface RegionRow {
  region: string;
  customers: number;
  open_rmas: number;
}

export class CustomerRepository extends DefaultCrudRepository<Customer, typeof Customer.prototype.id> {
  constructor(@inject('datasources.db') dataSource: DbDataSource) {
    super(Customer, dataSource);
  }

  async findByEmail(email: string): Promise<Customer | null> {
    // safe: CWE-89
    return this.findOne({where: {email: email.trim().toLowerCase()}});
  }

  async regionReport(region: string, orderBy: string): Promise<RegionRow[]> {
    const sql =
      'SELECT c.region, count(DISTINCT c.id) AS customers, count(r.id) FILTER (WHERE r.status = \'open\') AS open_rmas ' +
      'FROM customer c LEFT JOIN rma r ON r.customer_id = c.id WHERE c.region = $1 ' +
      `GROUP BY c.region ORDER BY ${orderBy}`;
    // vuln: CWE-89
    return this.dataSource.execute(sql, [region]) as Promise<RegionRow[]>;
  }
}
