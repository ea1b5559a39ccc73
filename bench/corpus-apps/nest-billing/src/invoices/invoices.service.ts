import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Invoice } from './invoice.entity';

const SORTABLE = new Set(['issuedAt', 'amount', 'customer']);

@Injectable()
export class InvoicesService {
  constructor(
    @InjectRepository(Invoice) private readonly invoices: Repository<Invoice>,
    private readonly dataSource: DataSource,
  ) {}

  findByCustomer(customer: string, sort: string) {
    return this.invoices
      .createQueryBuilder('invoice')
      .where('invoice.customer = :customer', { customer })
      // vuln: CWE-89
      .orderBy(`invoice.${sort}`, 'DESC')
      .getMany();
  }

  findRecent(customer: string, sort: string) {
    const column = SORTABLE.has(sort) ? sort : 'issuedAt';
    return this.invoices
      .createQueryBuilder('invoice')
      .where('invoice.customer = :customer', { customer })
      // safe: CWE-89
      .orderBy(`invoice.${column}`, 'DESC')
      .getMany();
  }

  search(term: string) {
    // vuln: CWE-89
    return this.dataSource.query(`SELECT id, customer, amount FROM invoice WHERE memo ILIKE '%${term}%' ORDER BY id`);
  }

  totalForYear(year: number) {
    // safe: CWE-89
    return this.dataSource.query('SELECT sum(amount) AS total FROM invoice WHERE extract(year from "issuedAt") = $1', [year]);
  }
}
