import type AccountRepository from '../repositories/account-repository';
import type { Account, AccountListOptions } from '../repositories/account-repository';

export class AccountService {
  private readonly accounts: AccountRepository;

  constructor({ accountRepository }: { accountRepository: AccountRepository }) {
    this.accounts = accountRepository;
  }

  search(term: string): Promise<Account[]> {
    return this.accounts.search(term.trim());
  }

  searchByCode(prefix: string): Promise<Account[]> {
    return this.accounts.searchByCode(prefix.trim());
  }

  list(options: Partial<AccountListOptions>): Promise<Account[]> {
    return this.accounts.list({
      type: options.type,
      sort: options.sort ?? 'code',
      direction: options.direction ?? 'asc',
      limit: Math.min(Number(options.limit) || 50, 200),
      offset: Number(options.offset) || 0,
    });
  }

  listArchived(sort = 'code', direction = 'asc'): Promise<Account[]> {
    return this.accounts.listArchived(sort, direction);
  }

  async get(id: number): Promise<Account> {
    const account = await this.accounts.findById(id);
    if (!account) {
      throw Object.assign(new Error('Account not found'), { status: 404, expose: true });
    }
    return account;
  }

  async create(input: Parameters<AccountRepository['create']>[0]): Promise<Account> {
    if (await this.accounts.findByCode(input.code)) {
      throw Object.assign(new Error(`Account code ${input.code} already exists`), { status: 409, expose: true });
    }
    return this.accounts.create(input);
  }
}
