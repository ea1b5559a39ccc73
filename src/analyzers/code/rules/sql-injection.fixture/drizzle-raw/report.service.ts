// The repository is imported for its type only: it is injected through the constructor.
import type { UsageRepository } from './usage.repository';

export class ReportService {
  constructor(private readonly usage: UsageRepository) {}

  top(tenantId: string, orderBy: string) {
    return this.usage.top(tenantId, orderBy);
  }

  totals(tenantId: string, bucket: 'kind' | 'day') {
    return this.usage.totals(tenantId, bucket);
  }

  search(tenantId: string, term: string) {
    return this.usage.search(tenantId, term.trim());
  }
}
