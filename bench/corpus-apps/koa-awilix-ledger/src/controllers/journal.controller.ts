import type { Context } from 'koa';
import type { File } from 'formidable';
import { createController } from 'awilix-koa';
import { z } from 'zod';
import { requireRole, requireUser } from '../middleware/auth';
import { validateBody } from '../middleware/validate';
import type { LedgerService } from '../services/ledger-service';
import type { ReceiptService } from '../services/receipt-service';

const money = z.string().regex(/^\d{1,12}(\.\d{1,2})?$/);

const entrySchema = z.object({
  entryDate: z.string().date(),
  reference: z.string().regex(/^[A-Z0-9-]{1,32}$/),
  memo: z.string().max(500),
  lines: z
    .array(z.object({ accountId: z.number().int().positive(), debit: money, credit: money, memo: z.string().max(200).optional() }))
    .min(2)
    .max(200),
});

const journalApi = ({ ledgerService, receiptService }: { ledgerService: LedgerService; receiptService: ReceiptService }) => ({
  async list(ctx: Context) {
    const { from, to, account } = ctx.query as Record<string, string | undefined>;
    ctx.body = await ledgerService.list({
      from: from && /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : undefined,
      to: to && /^\d{4}-\d{2}-\d{2}$/.test(to) ? to : undefined,
      accountId: account ? Number(account) || undefined : undefined,
    });
  },

  async create(ctx: Context) {
    const { lines, ...entry } = ctx.state.valid as z.infer<typeof entrySchema>;
    ctx.status = 201;
    ctx.body = await ledgerService.post(entry, lines, ctx.state.user.id);
  },

  async search(ctx: Context) {
    const q = String(ctx.query.q ?? '');
    const limit = Math.min(Number(ctx.query.limit) || 50, 200);
    ctx.body = await ledgerService.searchMemo(q, limit);
  },

  async byReference(ctx: Context) {
    ctx.body = await ledgerService.byReference(ctx.params.reference);
  },

  async attachReceipt(ctx: Context) {
    const file = ctx.request.files?.receipt as File | undefined;
    if (!file) ctx.throw(400, 'receipt file is required');
    const entryId = Number.parseInt(ctx.params.id, 10);
    ctx.status = 201;
    ctx.body = { name: await receiptService.attach(entryId, file.filepath, file.originalFilename ?? 'receipt') };
  },

  async downloadReceipt(ctx: Context) {
    const entryId = Number.parseInt(ctx.params.id, 10);
    ctx.attachment(ctx.params.name);
    ctx.body = receiptService.open(entryId, ctx.params.name);
  },
});

export default createController(journalApi)
  .prefix('/journal')
  .before([requireUser])
  .get('', 'list')
  .post('', 'create', { before: [requireRole('owner', 'accountant'), validateBody(entrySchema)] })
  .get('/search', 'search')
  .get('/by-reference/:reference', 'byReference')
  .post('/:id/receipts', 'attachReceipt', { before: [requireRole('owner', 'accountant')] })
  .get('/:id/receipts/:name', 'downloadReceipt');
