import path from 'node:path';
import type { Context } from 'koa';
import type { File } from 'formidable';
import { createController } from 'awilix-koa';
import { z } from 'zod';
import { requireRole, requireUser } from '../middleware/auth';
import type BankRuleRepository from '../repositories/bank-rule-repository';
import type { ImportService } from '../services/import-service';
import type { ReceiptService } from '../services/receipt-service';

const ruleSchema = z.object({ pattern: z.string().min(2).max(100), accountId: z.number().int().positive() });

function uploaded(ctx: Context, field: string): File {
  const file = ctx.request.files?.[field];
  if (!file || Array.isArray(file)) {
    ctx.throw(400, `${field} file is required`);
  }
  return file as File;
}

const importsApi = ({
  importService,
  receiptService,
  bankRuleRepository,
}: {
  importService: ImportService;
  receiptService: ReceiptService;
  bankRuleRepository: BankRuleRepository;
}) => ({
  async bankStatement(ctx: Context) {
    const file = uploaded(ctx, 'statement');
    const ext = path.extname(file.originalFilename ?? '').toLowerCase();
    if (ext === '.csv') {
      ctx.body = await importService.parseCsv(file.filepath);
    } else if (ext === '.ofx' || ext === '.qfx') {
      ctx.body = await importService.parseOfx(file.filepath);
    } else if (ext === '.xml') {
      ctx.body = await importService.parseCamt(file.filepath);
    } else {
      ctx.throw(415, 'Upload a CSV, OFX or camt.053 file');
    }
  },

  async receipts(ctx: Context) {
    const file = uploaded(ctx, 'archive');
    ctx.body = { imported: receiptService.importZip(file.filepath) };
  },

  async createRule(ctx: Context) {
    const { pattern, accountId } = ruleSchema.parse(ctx.request.body);
    ctx.status = 201;
    ctx.body = await bankRuleRepository.create(pattern, accountId);
  },

  async previewRule(ctx: Context) {
    const { expression, samples } = ctx.request.body as { expression: string; samples: string[] };
    ctx.body = importService.previewExpression(String(expression), Array.isArray(samples) ? samples.map(String) : []);
  },
});

export default createController(importsApi)
  .prefix('/imports')
  .before([requireUser, requireRole('owner', 'accountant')])
  .post('/bank-statement', 'bankStatement')
  .post('/receipts', 'receipts')
  .post('/bank-rules', 'createRule')
  .post('/bank-rules/preview', 'previewRule');
