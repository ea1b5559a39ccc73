'use strict';

const Router = require('@koa/router');
const axios = require('axios');
const hosts = require('../services/hosts');
const { fetchRemote } = require('../lib/fetcher');

const SERVICES = {
  grafana: 'http://grafana.internal:3000',
  prometheus: 'http://prometheus.internal:9090',
};

module.exports = function hostRoutes({ inventory }) {
  const router = new Router({ prefix: '/api/hosts' });

  router.get('/', async (ctx) => {
    const { sort = 'name', dir = 'asc' } = ctx.query;
    ctx.body = await inventory.list(sort, dir);
  });

  router.get('/sorted', async (ctx) => {
    const { sort, dir } = ctx.query;
    ctx.body = await inventory.listSorted(sort, dir);
  });

  router.get('/role/:role', async (ctx) => {
    ctx.body = await inventory.byRole(ctx.params.role);
  });

  router.get('/tag/:tag', async (ctx) => {
    ctx.body = await inventory.byTag(ctx.params.tag);
  });

  router.get('/:id/traceroute', async (ctx) => {
    const host = await inventory.get(ctx.params.id);
    ctx.body = { output: await hosts.traceroute(host ? host.name : ctx.query.host) };
  });

  router.get('/preview', async (ctx) => {
    const html = await fetchRemote(ctx.query.url);
    ctx.type = 'html';
    // vuln: CWE-79
    ctx.body = html;
  });

  router.get('/health/:service', async (ctx) => {
    const base = Object.prototype.hasOwnProperty.call(SERVICES, ctx.params.service) ? SERVICES[ctx.params.service] : null;
    if (!base) ctx.throw(404);
    // safe: CWE-918
    const response = await axios.get(`${base}/api/health`, { timeout: 3000 });
    ctx.body = { service: ctx.params.service, status: response.status };
  });

  return router;
};
