import type { Environment } from 'nunjucks';
import type { AccountService } from './account-service';
import type { LedgerService } from './ledger-service';
import type TenantRepository from '../repositories/tenant-repository';

export class StatementService {
  private readonly templates: Environment;
  private readonly accounts: AccountService;
  private readonly ledger: LedgerService;
  private readonly tenants: TenantRepository;

  constructor({
    templates,
    accountService,
    ledgerService,
    tenantRepository,
  }: {
    templates: Environment;
    accountService: AccountService;
    ledgerService: LedgerService;
    tenantRepository: TenantRepository;
  }) {
    this.templates = templates;
    this.accounts = accountService;
    this.ledger = ledgerService;
    this.tenants = tenantRepository;
  }

  private async model(accountId: number, from: string, to: string) {
    const [tenant, account, lines] = await Promise.all([
      this.tenants.current(),
      this.accounts.get(accountId),
      this.ledger.ledger(accountId, from, to),
    ]);
    return { tenant, account, lines, period: { from, to }, generatedAt: new Date().toISOString() };
  }

  async render(accountId: number, from: string, to: string): Promise<string> {
    // safe: CWE-1336
    return this.templates.render('statement.njk', await this.model(accountId, from, to));
  }

  /** Statement designer: tenants write their own statement layout and preview it. */
  async preview(source: string, accountId: number, from: string, to: string): Promise<string> {
    const data = await this.model(accountId, from, to);
    // vuln: CWE-1336
    return this.templates.renderString(source, data);
  }

  async reminderEmail(accountId: number, amountDue: string): Promise<string> {
    const [tenant, account] = await Promise.all([this.tenants.current(), this.accounts.get(accountId)]);
    return this.templates.render('email/payment-reminder.njk', { tenant, account, amountDue });
  }
}
