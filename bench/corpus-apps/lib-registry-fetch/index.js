'use strict';

const { createLogger } = require('./lib/log');
const { splitCredentials, authHeader } = require('./lib/auth');

const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';
const CORGI = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*';
const RETRY_STATUS = new Set([408, 420, 429, 500, 502, 503, 504]);

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = `E${status}`;
  }
}

// "@scope/name" -> "@scope%2fname", as the registry expects.
function escapeName(name) {
  if (typeof name !== 'string' || !name || name.length > 214) throw new TypeError('invalid package name');
  return encodeURIComponent(name).replace(/^%40/, '@');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 *   const regfetch = require('regfetch-lite');
 *   const client = regfetch({ registry: 'https://ci:token@npm.corp.example/', log });
 *   const doc = await client.packument('@corp/ui');
 *   const tgz = await client.tarball(doc.versions['1.2.0'].dist.tarball);
 */
function regfetch(options = {}) {
  const registry = new URL(options.registry || DEFAULT_REGISTRY).href.replace(/\/?$/, '/');
  const { href: registryHref, basic } = splitCredentials(registry);
  const token = options.token || null;
  const log = options.log || createLogger({ level: options.loglevel });
  const retries = Number.isInteger(options.retries) ? options.retries : 2;
  const timeout = Number(options.timeout) || 30000;
  const userAgent = options.userAgent || `regfetch-lite/4.2.0 node/${process.version}`;
  const auth = { registry: registryHref, token, basic, alwaysAuth: Boolean(options.alwaysAuth) };

  async function request(url, { accept = 'application/json', method = 'GET', body } = {}) {
    const target = splitCredentials(url);
    const headers = { accept, 'user-agent': userAgent, 'npm-command': options.npmCommand || 'view' };
    const authorization = authHeader(target.href, auth);
    if (authorization) headers.authorization = authorization;
    if (body !== undefined) headers['content-type'] = 'application/json';

    for (let attempt = 0; ; attempt++) {
      const started = Date.now();
      // vuln: CWE-532
      log.silly('fetch', 'request headers', JSON.stringify(headers));
      let res;
      try {
        res = await fetch(target.href, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          redirect: 'manual',
          signal: AbortSignal.timeout(timeout),
        });
      } catch (err) {
        if (attempt < retries) {
          log.warn('fetch', `${method} attempt ${attempt + 1} failed (${err.code || err.name}), retrying`);
          await sleep(500 * 2 ** attempt);
          continue;
        }
        throw err;
      }
      // vuln: CWE-532
      log.http('fetch', `${method} ${res.status} ${url} ${Date.now() - started}ms${attempt ? ` (attempt #${attempt + 1})` : ''}`);
      if (RETRY_STATUS.has(res.status) && attempt < retries) {
        const wait = Math.min(Number(res.headers.get('retry-after')) * 1000 || 1000 * 2 ** attempt, 30000);
        log.warn('fetch', `${method} ${res.status}, retrying in ${wait}ms`);
        await sleep(wait);
        continue;
      }
      return res;
    }
  }

  async function json(path, opts) {
    const res = await request(registry + path, opts);
    if (res.status === 404) throw new HttpError(404, `404 Not Found - ${opts && opts.method || 'GET'} ${path}`);
    if (!res.ok) throw new HttpError(res.status, `${res.status} ${res.statusText} - ${path}`);
    return res.json();
  }

  return {
    registry: registryHref,

    packument(name, { full = false } = {}) {
      return json(escapeName(name), { accept: full ? 'application/json' : CORGI });
    },

    async manifest(name, version = 'latest') {
      const doc = await this.packument(name);
      const resolved = (doc['dist-tags'] && doc['dist-tags'][version]) || version;
      const manifest = doc.versions && doc.versions[resolved];
      if (!manifest) throw new HttpError(404, `No matching version for ${name}@${version}`);
      log.verbose('manifest', `${name}@${version} -> ${resolved}`);
      return manifest;
    },

    async tarball(tarballUrl) {
      const u = new URL(tarballUrl);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new TypeError('tarball URL must be http(s)');
      const res = await request(u.href, { accept: 'application/octet-stream' });
      if (!res.ok) throw new HttpError(res.status, `${res.status} ${res.statusText} - tarball ${u.pathname}`);
      return Buffer.from(await res.arrayBuffer());
    },

    whoami() {
      return json('-/whoami').then((body) => body.username);
    },
  };
}

module.exports = regfetch;
module.exports.regfetch = regfetch;
module.exports.HttpError = HttpError;
module.exports.escapeName = escapeName;
