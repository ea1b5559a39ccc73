import type { Context } from 'koa';
import { before, GET, POST, route } from 'awilix-koa';
import { z } from 'zod';
import { requireRole, requireUser } from '../middleware/auth';
import type { StatementService } from '../services/statement-service';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const rangeSchema = z.object({ from: isoDate, to: isoDate });

@route('/statements')
@before([requireUser])
export default class StatementsController {
  private readonly statementService: StatementService;

  constructor({ statementService }: { statementService: StatementService }) {
    this.statementService = statementService;
  }

  /** Statement designer preview: { template, accountId, from, to } */
  @route('/preview')
  @POST()
  @before([requireRole('owner')])
  async preview(ctx: Context) {
    const { template, accountId, from, to } = ctx.request.body as Record<string, string>;
    ctx.type = 'html';
    ctx.body = await this.statementService.preview(String(template), Number(accountId), String(from), String(to));
  }

  @route('/:accountId')
  @GET()
  async show(ctx: Context) {
    const { from, to } = rangeSchema.parse(ctx.query);
    ctx.type = 'html';
    ctx.body = await this.statementService.render(Number.parseInt(ctx.params.accountId, 10), from, to);
  }

  @route('/:accountId/reminder-preview')
  @GET()
  async reminder(ctx: Context) {
    const amountDue = z.string().regex(/^\d{1,12}(\.\d{2})?$/).parse(ctx.query.amount);
    ctx.type = 'html';
    ctx.body = await this.statementService.reminderEmail(Number.parseInt(ctx.params.accountId, 10), amountDue);
  }
}
