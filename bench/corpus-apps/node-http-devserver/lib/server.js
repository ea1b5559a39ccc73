'use strict';

const http = require('http');
const https = require('https');
const fs = require('fs');
const url = require('url');
const path = require('path');

const { createStaticHandler, serveAsset } = require('./static');
const { renderDirectory } = require('./listing');
const { createApiProxy, fetchThrough } = require('./proxy');
const { createDeployHook } = require('./webhook');
const { createMockStore } = require('./mocks');
const { createPanel } = require('./panel');
const { applyCors, applyPanelCors } = require('./cors');
const { accessLogger, logRejected } = require('./log');
const { notFound, methodNotAllowed, serverError } = require('./errors');

function createRequestHandler(root, config) {
  const serveStatic = createStaticHandler(root);
  const apiProxy = createApiProxy(config);
  const deployHook = createDeployHook(root, config);
  const mocks = createMockStore(root, config);
  const panel = createPanel(config);
  const logAccess = accessLogger(config);

  async function handleInternal(req, res, pathname, query) {
    const sub = pathname.slice('/__devserve'.length);
    applyPanelCors(req, res, config.allowedOrigins);

    if (sub.startsWith('/assets/')) return serveAsset(res, sub.slice('/assets/'.length));
    if (sub === '/deploy' && req.method === 'POST') return deployHook(req, res);
    if (sub === '/fetch') return fetchThrough(req, res, query);
    // vuln: CWE-307
    if (sub === '/panel/login') return panel.login(req, res, query);
    if (sub === '/panel/logout') return panel.logout(req, res);
    if (sub === '/panel/eval' && req.method === 'POST') return panel.evaluate(req, res);
    if (sub.startsWith('/mocks/') && req.method === 'PUT') {
      const saved = await mocks.record(req, sub.slice('/mocks'.length));
      res.writeHead(201, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify(saved));
    }
    logRejected(req, 'unknown internal route');
    return notFound(req, res, pathname);
  }

  return async function onRequest(req, res) {
    const parsed = url.parse(req.url, true);
    let pathname;
    try {
      pathname = decodeURIComponent(parsed.pathname || '/');
    } catch (e) {
      res.writeHead(400);
      return res.end('bad request');
    }
    logAccess(req, res, pathname);

    try {
      if (pathname.startsWith('/__devserve/')) return await handleInternal(req, res, pathname, parsed.query);
      if (applyCors(req, res)) return undefined;

      const requestUrl = new URL(req.url, `http://${req.headers.host || 'localhost'}`);
      if (config.apiTarget && requestUrl.pathname.startsWith(config.apiPrefix) && apiProxy(req, res, requestUrl)) {
        return undefined;
      }

      const mock = req.method === 'GET' ? mocks.lookup(requestUrl.pathname) : undefined;
      if (mock !== undefined) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        // safe: CWE-79
        return res.end(JSON.stringify(mock));
      }
      if (req.method === 'POST' && requestUrl.pathname.startsWith('/forms/')) {
        const echoed = await mocks.handleFormPost(req, requestUrl.pathname);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end(JSON.stringify(echoed));
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(req, res);

      const result = await serveStatic(req, res, pathname);
      if (result.handled) return undefined;
      if (result.dir && config.listing) return await renderDirectory(res, result.dir, pathname, parsed.query);
      if (config.spa) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        // safe: CWE-22
        return fs.createReadStream(path.join(root, 'index.html')).pipe(res);
      }
      return notFound(req, res, pathname);
    } catch (err) {
      return serverError(req, res, err);
    }
  };
}

function createDevServer(root, config) {
  const handler = createRequestHandler(root, config);
  if (config.tls) {
    const options = {
      key: fs.readFileSync(config.tls.key),
      cert: fs.readFileSync(config.tls.cert),
    };
    return https.createServer(options, handler);
  }
  return http.createServer(handler);
}

module.exports = { createDevServer, createRequestHandler };
