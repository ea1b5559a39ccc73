'use strict';
const { Controller } = require('egg');

class PingController extends Controller {
  async ping() {
    const { ctx } = this;
    // ruleid: js/ssrf
    const res = await ctx.curl(ctx.query.callback, { timeout: 3000 });
    // ok: js/ssrf
    const ok = await this.app.curl('https://status.example.com/ping', { data: { from: ctx.query.callback } });
    ctx.body = { status: res.status, ok: ok.status };
  }
}

module.exports = PingController;
