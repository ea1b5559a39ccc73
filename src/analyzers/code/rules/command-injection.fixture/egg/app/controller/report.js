'use strict';
const { Controller } = require('egg');

// Egg loads app/service/** onto ctx.service by file name: the controller hands request data over.
class ReportController extends Controller {
  async build() {
    const { ctx } = this;
    ctx.body = await ctx.service.report.render(ctx.query.name);
  }

  async archive() {
    this.ctx.body = await this.service.admin.backupJob.run(this.ctx.request.body.label);
  }

  async nightly() {
    this.ctx.body = await this.ctx.service.report.render('nightly');
  }
}

module.exports = ReportController;
