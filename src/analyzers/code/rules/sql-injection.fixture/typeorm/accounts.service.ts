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
}
