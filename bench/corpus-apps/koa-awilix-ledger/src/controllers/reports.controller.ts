import type { Context } from 'koa';
import { before, GET, POST, route } from 'awilix-koa';
import { z } from 'zod';
import { requireUser } from '../middleware/auth';
import { validateQuery } from '../middleware/validate';
import type { ExportService } from '../services/export-service';
import type { ReportService } from '../services/report-service';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const pnlQuery = z.object({
  from: isoDate,
  to: isoDate,
  groupBy: z.enum(['type', 'currency', 'account']).default('account'),
});

@route('/reports')
@before([requireUser])
export default class ReportsController {
  private readonly reportService: ReportService;
  private readonly exportService: ExportService;

  constructor({ reportService, exportService }: { reportService: ReportService; exportService: ExportService }) {
    this.reportService = reportService;
    this.exportService = exportService;
  }

  /** GET /reports/trial-balance?asOf=2024-12-31&dimension=type */
  @route('/trial-balance')
  @GET()
  async trialBalance(ctx: Context) {
    const asOf = isoDate.parse(ctx.query.asOf ?? new Date().toISOString().slice(0, 10));
    ctx.body = await this.reportService.trialBalance(asOf, String(ctx.query.dimension ?? 'account'));
  }

  @route('/trial-balance/export')
  @POST()
  async exportTrialBalance(ctx: Context) {
    const asOf = isoDate.parse((ctx.request.body as any)?.asOf);
    const rows = await this.reportService.trialBalance(asOf, 'account');
    const file = await this.exportService.csv(rows as any, ['group_key', 'debit', 'credit', 'balance']);
    ctx.body = { file, link: `/exports/download?token=${this.exportService.signDownload(file)}` };
  }

  @route('/pnl')
  @GET()
  @before([validateQuery(pnlQuery)])
  async pnl(ctx: Context) {
    const { from, to, groupBy } = ctx.state.valid as z.infer<typeof pnlQuery>;
    ctx.body = await this.reportService.profitAndLoss(from, to, groupBy);
  }

  @route('/aged-receivables')
  @GET()
  async aged(ctx: Context) {
    ctx.body = await this.reportService.agedReceivables(Number.parseInt(String(ctx.query.bucket ?? '30'), 10));
  }
}
