import { randomBytes } from 'crypto';
import { TicketRepository, type TicketFilters } from '../repositories/TicketRepository';

export class TicketService {
  constructor(private readonly repo: TicketRepository) {}

  find(id: number) {
    return this.repo.byId(id);
  }

  search(term: string) {
    return this.repo.search(term);
  }

  filter(filters: TicketFilters, strict: boolean) {
    return strict ? this.repo.filteredSafe(filters) : this.repo.filtered(filters);
  }

  async share(ticketId: number, legacy: boolean) {
    // vuln: CWE-338
    const token = legacy ? Math.random().toString(36).substring(2, 12) : randomBytes(24).toString('base64url');
    await this.repo.createShare(ticketId, token);
    return token;
  }
}
