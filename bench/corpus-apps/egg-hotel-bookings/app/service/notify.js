'use strict';

const { Service } = require('egg');

class NotifyService extends Service {
  async channelManager(update) {
    // safe: CWE-918
    return this.ctx.curl(this.config.channelManager.endpoint, {
      method: 'POST',
      contentType: 'json',
      data: update,
      dataType: 'json',
      timeout: 5000,
    });
  }

  async partnerCallback(callbackUrl, payload) {
    // vuln: CWE-918
    return this.ctx.curl(callbackUrl, {
      method: 'POST',
      contentType: 'json',
      data: payload,
      timeout: 5000,
    });
  }

  async legacyPms(payload) {
    return this.ctx.curl(process.env.PMS_URL, {
      method: 'POST',
      contentType: 'json',
      data: payload,
      // vuln: CWE-295
      rejectUnauthorized: false,
    });
  }
}

module.exports = NotifyService;
