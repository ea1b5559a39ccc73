import type { Context } from 'koa';
import { createController } from 'awilix-koa';
import { requireUser } from '../middleware/auth';
import type { ExportService } from '../services/export-service';
import type { StatementService } from '../services/statement-service';

const exportsApi = ({ exportService, statementService }: { exportService: ExportService; statementService: StatementService }) => ({
  /** POST /exports/statement-pdf { accountId, from, to, title } */
  async statementPdf(ctx: Context) {
    const { accountId, from, to, title } = ctx.request.body as Record<string, string>;
    const html = await statementService.render(Number(accountId), String(from), String(to));
    const fileName = await exportService.pdf(html, title || `statement-${accountId}-${from}`);
    await exportService.linearize(fileName);
    ctx.status = 201;
    ctx.body = { file: fileName, link: `/exports/download?token=${exportService.signDownload(fileName)}` };
  },

  async file(ctx: Context) {
    const name = String(ctx.query.name ?? '');
    ctx.attachment(name);
    ctx.body = exportService.open(name);
  },

  async download(ctx: Context) {
    const { stream, fileName } = exportService.openSigned(String(ctx.query.token ?? ''));
    ctx.attachment(fileName);
    ctx.body = stream;
  },
});

export default createController(exportsApi)
  .prefix('/exports')
  .post('/statement-pdf', 'statementPdf', { before: [requireUser] })
  .get('/files', 'file', { before: [requireUser] })
  .get('/download', 'download');
