'use strict';

const querystring = require('querystring');

const MAX_BODY = 1024 * 1024;

function readBody(req, limit = MAX_BODY) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(Object.assign(new Error('payload too large'), { statusCode: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Turns `user[name]=x&user[tags][0]=a` into nested objects, the way PHP and
 * `qs` do, so mock handlers can receive form posts from legacy pages.
 */
function expandBrackets(flat) {
  const out = {};
  for (const [rawKey, value] of Object.entries(flat)) {
    const parts = rawKey.replace(/\]/g, '').split('[');
    let cursor = out;
    for (let i = 0; i < parts.length - 1; i += 1) {
      const part = parts[i];
      if (typeof cursor[part] !== 'object' || cursor[part] === null) cursor[part] = {};
      cursor = cursor[part];
    }
    // vuln: CWE-1321
    cursor[parts[parts.length - 1]] = value;
  }
  return out;
}

async function parseBody(req) {
  const raw = await readBody(req);
  const type = String(req.headers['content-type'] || '').split(';')[0].trim();
  if (type === 'application/json') {
    // safe: CWE-502
    return JSON.parse(raw.toString('utf8') || 'null');
  }
  if (type === 'application/x-www-form-urlencoded') {
    return expandBrackets(querystring.parse(raw.toString('utf8')));
  }
  return raw;
}

module.exports = { readBody, parseBody, expandBrackets };
