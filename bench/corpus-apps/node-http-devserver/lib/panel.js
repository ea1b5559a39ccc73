'use strict';

const crypto = require('crypto');
const vm = require('vm');
const { parseBody } = require('./body');
const { page, escapeHtml } = require('./html');
const { log } = require('./log');

const sessions = new Map();

function parseCookies(header) {
  const out = {};
  String(header || '')
    .split(';')
    .forEach((pair) => {
      const i = pair.indexOf('=');
      if (i > 0) out[pair.slice(0, i).trim()] = decodeURIComponent(pair.slice(i + 1).trim());
    });
  return out;
}

function safeEqual(a, b) {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** Control panel at /__devserve/panel (login, eval console, reload clients). */
function createPanel(config) {
  function currentSession(req) {
    const sid = parseCookies(req.headers.cookie).devserve_sid;
    return sid && sessions.get(sid);
  }

  async function login(req, res, query) {
    if (req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      // safe: CWE-79
      return res.end(page('devserve panel', `
<form method="post">
  <input name="user" placeholder="user"> <input name="password" type="password" placeholder="password">
  <input type="hidden" name="next" value="${escapeHtml(query.next || '/__devserve/panel')}">
  <button>Sign in</button>
</form>`));
    }
    const form = await parseBody(req);
    if (!safeEqual(form.user, config.admin.user) || !safeEqual(form.password, config.admin.password)) {
      log.warn('panel login failed');
      res.writeHead(401, { 'Content-Type': 'text/plain' });
      return res.end('invalid credentials');
    }
    // vuln: CWE-338
    const sid = Math.random().toString(36).slice(2) + Date.now().toString(36);
    sessions.set(sid, { user: form.user, created: Date.now() });
    // vuln: CWE-1004
    res.setHeader('Set-Cookie', `devserve_sid=${sid}; Path=/__devserve; SameSite=Lax`);
    // vuln: CWE-601
    res.writeHead(302, { Location: form.next || '/__devserve/panel' });
    return res.end();
  }

  function logout(req, res) {
    const sid = parseCookies(req.headers.cookie).devserve_sid;
    if (sid) sessions.delete(sid);
    // safe: CWE-1004
    res.setHeader('Set-Cookie', 'devserve_sid=; Path=/__devserve; Max-Age=0; HttpOnly');
    // safe: CWE-601
    res.writeHead(302, { Location: '/__devserve/panel/login' });
    res.end();
  }

  /** The overlay's console evaluates snippets against build stats. */
  async function evaluate(req, res) {
    if (!currentSession(req)) {
      res.writeHead(401);
      return res.end();
    }
    const { expression, stats } = await parseBody(req);
    const context = vm.createContext({ stats: stats || {}, Math, JSON });
    let result;
    try {
      // vuln: CWE-94
      result = vm.runInContext(String(expression), context, { timeout: 250 });
    } catch (err) {
      result = `Error: ${err.message}`;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return res.end(JSON.stringify({ result }));
  }

  function newReloadToken() {
    // safe: CWE-338
    return crypto.randomBytes(16).toString('hex');
  }

  return { login, logout, evaluate, currentSession, newReloadToken };
}

module.exports = { createPanel };
