import type { Context } from 'koa';
import { createController } from 'awilix-koa';
import { escapeHtml } from '../lib/html';
import { requirePortalClient } from '../middleware/portal-auth';
import type { LedgerService } from '../services/ledger-service';
import type { PortalService } from '../services/portal-service';
import type { StatementService } from '../services/statement-service';

function monthRange(period: string): { from: string; to: string } {
  const [y, m] = period.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}` };
}

const portalApi = ({
  portalService,
  ledgerService,
  statementService,
}: {
  portalService: PortalService;
  ledgerService: LedgerService;
  statementService: StatementService;
}) => ({
  /** GET /portal?tenant=acme&email=… — the login form, pre-filled from the invitation link. */
  async loginPage(ctx: Context) {
    const tenant = String(ctx.query.tenant ?? '');
    const email = String(ctx.query.email ?? '');
    ctx.type = 'html';
    // safe: CWE-79
    ctx.body = `<!doctype html><title>Client portal</title>
<form method="post" action="/portal/login" id="login">
  <input type="hidden" name="tenant" value="${escapeHtml(tenant)}">
  <label>E-mail <input type="email" name="email" value="${escapeHtml(email)}"></label>
  <label>Password <input type="password" name="password"></label>
  <button>Sign in</button>
</form>
<script src="/static/portal.js"></script>`;
  },

  async login(ctx: Context) {
    const { tenant, email, password } = ctx.request.body as Record<string, string>;
    const token = await portalService.login(String(tenant), String(email), String(password));
    if (!token) {
      ctx.throw(401, 'Invalid email or password');
    }
    ctx.cookies.set('tb_portal', token, {
      httpOnly: true,
      // TLS is terminated at the load balancer.
      // vuln: CWE-614
      secure: false,
      sameSite: 'lax',
      maxAge: 2 * 3600 * 1000,
    });
    ctx.body = { ok: true };
  },

  async statement(ctx: Context) {
    const period = String(ctx.query.period ?? new Date().toISOString().slice(0, 7));
    if (!ledgerService.isPeriod(period)) {
      ctx.status = 400;
      ctx.type = 'html';
      // vuln: CWE-79
      ctx.body = `<!doctype html><title>Statement</title><p>There is no statement for <b>${period}</b>. Pick a month such as 2024-03.</p>`;
      return;
    }
    const { from, to } = monthRange(period);
    ctx.type = 'html';
    ctx.body = await statementService.render(ctx.state.portal.accountId, from, to);
  },

  async logout(ctx: Context) {
    ctx.cookies.set('tb_portal', null);
    ctx.redirect('/portal');
  },
});

export default createController(portalApi)
  .prefix('/portal')
  .get('', 'loginPage')
  // vuln: CWE-307
  .post('/login', 'login')
  .get('/statement', 'statement', { before: [requirePortalClient] })
  .post('/logout', 'logout');
