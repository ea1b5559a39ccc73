'use strict';
const { Controller } = require('egg');

class AuthController extends Controller {
  async done() {
    const { ctx } = this;
    // ruleid: js/open-redirect
    ctx.unsafeRedirect(ctx.query.next);
  }

  async home() {
    // ok: js/open-redirect
    this.ctx.unsafeRedirect('/dashboard');
  }
}

module.exports = AuthController;
