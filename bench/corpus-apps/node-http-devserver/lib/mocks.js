'use strict';

const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');
const { parseBody, readBody } = require('./body');

/**
 * Mock API: files under <root>/mocks/<route>.json|.yaml answer GET requests,
 * and PUT /__devserve/mocks/<route> records a new canned response from the
 * browser's "save response" button.
 */
function createMockStore(root, config) {
  const dir = path.resolve(root, config.mocksDir);
  const recorded = new Map();

  function lookup(route) {
    if (recorded.has(route)) return recorded.get(route);
    const safeName = route.replace(/[^\w/-]/g, '').replace(/^\/+/, '');
    for (const ext of ['.json', '.yaml', '.yml']) {
      const file = path.join(dir, safeName + ext);
      if (!file.startsWith(dir + path.sep) || !fs.existsSync(file)) continue;
      // safe: CWE-22
      const text = fs.readFileSync(file, 'utf8');
      // safe: CWE-502
      return ext === '.json' ? JSON.parse(text) : yaml.safeLoad(text);
    }
    return undefined;
  }

  async function record(req, route) {
    const type = String(req.headers['content-type'] || '');
    let payload;
    if (type.includes('yaml')) {
      const raw = await readBody(req);
      // vuln: CWE-502
      payload = yaml.load(raw.toString('utf8'));
    } else {
      payload = await parseBody(req);
    }
    recorded.set(route, payload);
    return payload;
  }

  async function handleFormPost(req, route) {
    const fields = await parseBody(req);
    const current = lookup(route) || {};
    return { ...current, submitted: fields };
  }

  return { lookup, record, handleFormPost };
}

module.exports = { createMockStore };
