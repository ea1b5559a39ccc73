'use strict';

const { buildFullPath, appendParams } = require('./url');
const { isRedirect, nextRequest } = require('./redirect');
const { send } = require('./transport');

/**
 * @typedef {object} ClientDefaults
 * @property {string} [baseURL]
 * @property {Record<string, string>} [headers]
 * @property {number} [timeout=10000]
 * @property {number} [maxRedirects=5]   0 disables following
 * @property {number} [maxBodyLength=10485760]
 * @property {(status: number) => boolean} [validateStatus]
 * @property {boolean} [allowAbsoluteUrls=false]  let request URLs replace `baseURL`
 */

const DEFAULTS = {
  timeout: 10000,
  maxRedirects: 5,
  maxBodyLength: 10 * 1024 * 1024,
  allowAbsoluteUrls: false,
  validateStatus: (status) => status >= 200 && status < 300,
};

function lowerCaseHeaders(headers = {}) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && value !== null) out[name.toLowerCase()] = String(value);
  }
  return out;
}

function encodeBody(data, headers) {
  if (data === undefined || data === null) return undefined;
  if (Buffer.isBuffer(data) || typeof data === 'string') return data;
  if (!headers['content-type']) headers['content-type'] = 'application/json';
  return JSON.stringify(data);
}

function decodeBody(body, headers) {
  const type = String(headers['content-type'] || '');
  if (/^application\/(?:[\w.+-]+\+)?json\b/i.test(type) && body.length) {
    try {
      return JSON.parse(body.toString('utf8'));
    } catch {
      return body.toString('utf8');
    }
  }
  return type.startsWith('text/') ? body.toString('utf8') : body;
}

class HttpError extends Error {
  constructor(response) {
    super(`Request failed with status code ${response.status}`);
    this.name = 'HttpError';
    this.response = response;
  }
}

class Client {
  /** @param {ClientDefaults} [defaults] */
  constructor(defaults = {}) {
    this.defaults = { ...DEFAULTS, ...defaults, headers: lowerCaseHeaders(defaults.headers) };
  }

  /**
   * @param {{ url: string, method?: string, params?: object, data?: unknown, headers?: object, maxRedirects?: number }} config
   */
  async request(config) {
    const d = this.defaults;
    const headers = { ...d.headers, ...lowerCaseHeaders(config.headers) };
    const url = appendParams(buildFullPath(d.baseURL, String(config.url), d.allowAbsoluteUrls), config.params);
    let options = {
      url,
      method: (config.method || 'GET').toUpperCase(),
      headers,
      body: encodeBody(config.data, headers),
      timeout: d.timeout,
      maxBodyLength: d.maxBodyLength,
      redirects: 0,
    };
    const maxRedirects = config.maxRedirects ?? d.maxRedirects;

    let res = await send(options);
    while (isRedirect(res.statusCode) && maxRedirects > 0) {
      if (options.redirects >= maxRedirects) throw new Error(`maximum of ${maxRedirects} redirects exceeded`);
      options = nextRequest(options, res);
      res = await send(options);
    }

    const response = {
      status: res.statusCode,
      headers: res.headers,
      data: decodeBody(res.body, res.headers),
      url: res.url,
    };
    if (!d.validateStatus(response.status)) throw new HttpError(response);
    return response;
  }

  get(url, config = {}) {
    return this.request({ ...config, url, method: 'GET' });
  }

  delete(url, config = {}) {
    return this.request({ ...config, url, method: 'DELETE' });
  }

  post(url, data, config = {}) {
    return this.request({ ...config, url, data, method: 'POST' });
  }

  put(url, data, config = {}) {
    return this.request({ ...config, url, data, method: 'PUT' });
  }
}

module.exports = { Client, HttpError };
