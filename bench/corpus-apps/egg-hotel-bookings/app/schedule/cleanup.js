'use strict';

const { Subscription } = require('egg');

class Cleanup extends Subscription {
  static get schedule() {
    return { cron: '0 30 3 * * *', type: 'worker' };
  }

  async subscribe() {
    const { app, ctx } = this;
    // safe: CWE-89
    await app.mysql.query('DELETE FROM password_resets WHERE expires_at < NOW()');
    const file = await ctx.service.report.nightlyDump();
    ctx.logger.info('nightly dump written to %s', file);
  }
}

module.exports = Cleanup;
