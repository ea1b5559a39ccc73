'use strict';
const { Controller } = require('egg');

class PreviewController extends Controller {
  async preview() {
    const { ctx } = this;
    // ruleid: js/template-injection
    ctx.body = await ctx.renderString(ctx.request.body.template, { user: ctx.state.user });
    // ok: js/template-injection
    ctx.body = await ctx.renderString('Hello {{ name }}', { name: ctx.query.name });
  }
}

module.exports = PreviewController;
