'use strict';

const Router = require('@koa/router');
const yaml = require('js-yaml');
const libxmljs = require('libxmljs2');

module.exports = function configRoutes({ settings }) {
  const router = new Router({ prefix: '/api/config' });

  router.post('/import', async (ctx) => {
    // vuln: CWE-502
    const doc = yaml.load(ctx.request.body.yaml);
    await settings.replace(doc);
    ctx.body = { imported: Object.keys(doc || {}).length };
  });

  router.post('/validate', async (ctx) => {
    // safe: CWE-502
    const doc = yaml.safeLoad(String(ctx.request.body.yaml || ''));
    ctx.body = { valid: typeof doc === 'object' };
  });

  router.post('/inventory.xml', async (ctx) => {
    // vuln: CWE-611
    const xml = libxmljs.parseXml(ctx.request.body.xml, { noent: true, nonet: false });
    ctx.body = { hosts: xml.find('//host').map((node) => node.attr('name').value()) };
  });

  router.post('/inventory-preview.xml', async (ctx) => {
    // safe: CWE-611
    const xml = libxmljs.parseXml(String(ctx.request.body.xml || ''));
    ctx.body = { hosts: xml.find('//host').length };
  });

  return router;
};
