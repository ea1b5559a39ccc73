import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Invoice } from './invoice.entity';

const SORTABLE = new Set(['issuedAt', 'amount']);

// An injected repository is known by its declared type, whatever the field is called.
@Injectable()
export class InvoicesService {
  constructor(@InjectRepository(Invoice) private readonly ledger: Repository<Invoice>) {}

  byCustomer(customer: string, sort: string) {
    return this.ledger
      .createQueryBuilder('invoice')
      .where('invoice.customer = :customer', { customer })
      // ruleid: js/sql-injection
      .orderBy(`invoice.${sort}`, 'DESC')
      .getMany();
  }

  recent(customer: string, sort: string) {
    const column = SORTABLE.has(sort) ? sort : 'issuedAt';
    return this.ledger
      .createQueryBuilder('invoice')
      .where('invoice.customer = :customer', { customer })
      // ok: js/sql-injection
      .orderBy(`invoice.${column}`, 'DESC')
      .getMany();
  }
}
