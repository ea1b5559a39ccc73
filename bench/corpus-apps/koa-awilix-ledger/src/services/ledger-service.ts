import type JournalRepository from '../repositories/journal-repository';
import type { EntryFilter, NewLine } from '../repositories/journal-repository';
import type { WebhookService } from './webhook-service';

// Supplier / bank references such as "INV-2024-00017" or "SO-88-A".
const REFERENCE_FORMAT = /^([A-Z0-9]+-?)+$/;
const PERIOD_FORMAT = /^\d{4}-(0[1-9]|1[0-2])$/;

export class LedgerService {
  private readonly journal: JournalRepository;
  private readonly webhooks: WebhookService;

  constructor({ journalRepository, webhookService }: { journalRepository: JournalRepository; webhookService: WebhookService }) {
    this.journal = journalRepository;
    this.webhooks = webhookService;
  }

  isReference(value: string): boolean {
    // vuln: CWE-1333
    return REFERENCE_FORMAT.test(value);
  }

  isPeriod(value: string): boolean {
    // safe: CWE-1333
    return PERIOD_FORMAT.test(value);
  }

  async post(entry: { entryDate: string; reference: string; memo: string }, lines: NewLine[], userId: number) {
    const debit = lines.reduce((sum, l) => sum + Math.round(Number(l.debit) * 100), 0);
    const credit = lines.reduce((sum, l) => sum + Math.round(Number(l.credit) * 100), 0);
    if (debit !== credit) {
      throw Object.assign(new Error('Entry is not balanced'), { status: 422, expose: true });
    }
    const created = await this.journal.createEntry({ ...entry, createdBy: userId }, lines);
    await this.webhooks.dispatch('journal.posted', { id: created.id, reference: created.reference });
    return created;
  }

  list(filter: EntryFilter) {
    return this.journal.listEntries(filter);
  }

  searchMemo(text: string, limit = 50) {
    return this.journal.searchMemo(text, limit);
  }

  async byReference(reference: string) {
    if (!this.isReference(reference)) {
      throw Object.assign(new Error('Malformed reference'), { status: 400, expose: true });
    }
    return this.journal.findByReference(reference);
  }

  ledger(accountId: number, from: string, to: string) {
    return this.journal.ledgerFor(accountId, from, to);
  }
}
