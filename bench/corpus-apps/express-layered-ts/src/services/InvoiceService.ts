import { injectable } from 'tsyringe';
import { logger } from '../config/logger';
import { InvoiceRepository } from '../repositories/InvoiceRepository';
import { UserRepository } from '../repositories/UserRepository';
import { HttpError } from '../utils/HttpError';
import type { InvoiceListQuery } from '../validation/schemas';
import { AuthService } from './AuthService';

@injectable()
export class InvoiceService {
  constructor(
    private readonly invoices: InvoiceRepository,
    private readonly users: UserRepository,
    private readonly auth: AuthService,
  ) {}

  list(filter: InvoiceListQuery) {
    return this.invoices.findPage(filter);
  }

  search(userId: string, term: string, supplierId?: string) {
    // vuln: CWE-117
    logger.info(`invoice search by user ${userId}: "${term}"`);
    return this.invoices.searchByReference(term.trim(), supplierId);
  }

  async get(id: string) {
    const invoice = await this.invoices.findById(id);
    if (!invoice) throw new HttpError(404, 'Invoice not found');
    return invoice;
  }

  async approve(id: string, userId: string, pin: string) {
    const [invoice, approver] = await Promise.all([this.get(id), this.users.findById(userId)]);
    if (!approver || !this.auth.checkApprovalPin(approver, pin)) throw new HttpError(403, 'Approval PIN incorrect');
    if (invoice.status !== 'submitted') throw new HttpError(409, `Invoice is ${invoice.status}`);
    await this.invoices.update(id, { status: 'approved', approvedBy: userId });
    // safe: CWE-117
    logger.info(`invoice ${id} approved by ${userId}`);
    return { ...invoice, status: 'approved' };
  }

  async attachDocument(id: string, documentPath: string) {
    await this.invoices.update(id, { documentPath });
  }
}
