import type { Context } from 'koa';
import { before, GET, POST, route } from 'awilix-koa';
import { z } from 'zod';
import { requireRole, requireUser } from '../middleware/auth';
import { validateBody } from '../middleware/validate';
import type { AccountService } from '../services/account-service';

const createAccountSchema = z.object({
  code: z.string().regex(/^[0-9]{3,6}(\.[0-9]{1,3})?$/),
  name: z.string().min(1).max(120),
  type: z.enum(['asset', 'liability', 'equity', 'income', 'expense']),
  currency: z.string().length(3).toUpperCase(),
});

@route('/accounts')
@before([requireUser])
export default class AccountsController {
  private readonly accountService: AccountService;

  constructor({ accountService }: { accountService: AccountService }) {
    this.accountService = accountService;
  }

  /** GET /accounts?q=cash  or  GET /accounts?type=asset&sort=name&dir=desc */
  @GET()
  async list(ctx: Context) {
    const { q, type, sort, dir, limit, offset } = ctx.query as Record<string, string | undefined>;
    if (q) {
      ctx.body = await this.accountService.search(q);
      return;
    }
    ctx.body = await this.accountService.list({
      type: type as any,
      sort,
      direction: dir,
      limit: Number(limit),
      offset: Number(offset),
    });
  }

  @route('/archived')
  @GET()
  async archived(ctx: Context) {
    ctx.body = await this.accountService.listArchived(String(ctx.query.sort ?? 'code'), String(ctx.query.dir ?? 'asc'));
  }

  @route('/by-code')
  @GET()
  async byCode(ctx: Context) {
    ctx.body = await this.accountService.searchByCode(String(ctx.query.prefix ?? ''));
  }

  @route('/:id')
  @GET()
  async get(ctx: Context) {
    const id = Number.parseInt(ctx.params.id, 10);
    if (!Number.isSafeInteger(id)) ctx.throw(400, 'Invalid account id');
    ctx.body = await this.accountService.get(id);
  }

  @POST()
  @before([requireRole('owner', 'accountant'), validateBody(createAccountSchema)])
  async create(ctx: Context) {
    ctx.status = 201;
    ctx.body = await this.accountService.create(ctx.state.valid as z.infer<typeof createAccountSchema>);
  }
}
