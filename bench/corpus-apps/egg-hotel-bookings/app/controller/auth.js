'use strict';

const { Controller } = require('egg');

class AuthController extends Controller {
  async login() {
    const { ctx, service } = this;
    const { email, password } = ctx.request.body;
    const token = await service.user.login(email, password);
    if (!token) {
      ctx.status = 401;
      ctx.body = { error: 'invalid credentials' };
      return;
    }
    ctx.cookies.set('bo_session', token, { signed: true, httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 });
    const next = ctx.query.returnTo || '/dashboard';
    // vuln: CWE-601
    ctx.unsafeRedirect(next);
  }

  async logout() {
    const { ctx } = this;
    ctx.cookies.set('bo_session', null);
    // safe: CWE-601
    ctx.redirect(ctx.query.next && ctx.query.next.startsWith('/') && !ctx.query.next.startsWith('//') && !ctx.query.next.startsWith('/\\') ? ctx.query.next : '/');
  }

  async requestReset() {
    const { ctx, service } = this;
    await service.user.startReset(ctx.request.body.email);
    ctx.body = { ok: true };
  }
}

module.exports = AuthController;
