import type ReportRepository from '../repositories/report-repository';

const DIMENSION_COLUMNS: Record<string, string> = {
  account: 'a.code',
  type: 'a.type',
  currency: 'a.currency',
};

export class ReportService {
  private readonly reports: ReportRepository;

  constructor({ reportRepository }: { reportRepository: ReportRepository }) {
    this.reports = reportRepository;
  }

  /**
   * `dimension` is either one of the built-in names or a custom column expression
   * saved by the report builder (e.g. "a.code || ' ' || a.name").
   */
  trialBalance(asOf: string, dimension = 'account') {
    const column = DIMENSION_COLUMNS[dimension] ?? dimension;
    return this.reports.trialBalance(asOf, column);
  }

  profitAndLoss(from: string, to: string, groupBy: 'type' | 'currency' | 'account' = 'account') {
    return this.reports.profitAndLoss(from, to, groupBy);
  }

  agedReceivables(bucketDays: number) {
    const days = Number.isInteger(bucketDays) && bucketDays > 0 && bucketDays <= 365 ? bucketDays : 30;
    return this.reports.agedReceivables(days);
  }
}
