import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Account } from './account.entity';

// A service whose callers are not in this project: its parameters are audited where they are quoted into a condition.
@Injectable()
export class AccountsService {
  constructor(@InjectRepository(Account) private readonly accounts: Repository<Account>) {}

  byEmail(email: string) {
    return this.accounts
      .createQueryBuilder('a')
      // ruleid: js/sql-injection
      .where(`a.email = '${email}'`)
      .getOne();
  }

  byEmailBound(email: string) {
    return this.accounts
      .createQueryBuilder('a')
      // ok: js/sql-injection
      .where('a.email = :email', { email })
      .getOne();
  }

  active(flag: boolean) {
    return this.accounts
      .createQueryBuilder('a')
      // A condition with no quoted value (a boolean the caller passes).
      // ok: js/sql-injection
      .where(`a.active = ${flag ? 'TRUE' : 'FALSE'}`)
      .getMany();
  }

  // Declared as a number and as a union of two words: text cannot come through these parameters.
  page(limit: number, offset: number, order: 'ASC' | 'DESC', sort: AccountSort) {
    // ok: js/sql-injection
    return this.accounts.query(`SELECT * FROM accounts ORDER BY ${sort} ${order} LIMIT ${limit} OFFSET ${offset}`);
  }

  // An options object whose members are declared: the number is a number, the text is text.
  window(opts: { limit: number; owner: string }) {
    // ok: js/sql-injection
    const recent = this.accounts.query(`SELECT * FROM accounts ORDER BY id DESC LIMIT ${opts.limit}`);
    // ruleid: js/sql-injection
    const owned = this.accounts.query(`SELECT * FROM accounts WHERE owner = '${opts.owner}'`);
    return Promise.all([recent, owned]);
  }

  // Declared as text: still audited.
  search(term: string) {
    // ruleid: js/sql-injection
    return this.accounts.query(`SELECT * FROM accounts WHERE name ILIKE '%${term}%'`);
  }

  byIdRaw(id: number) {
    // A parameter declared `number`: no query text from a typed caller.
    // ok: js/sql-injection
    return this.accounts.query(`SELECT * FROM account WHERE id = ${id}`);
  }

  byCodeRaw(code: string) {
    // ruleid: js/sql-injection
    return this.accounts.query(`SELECT * FROM account WHERE code = '${code}'`);
  }
}

type AccountSort = 'email' | 'createdAt';
