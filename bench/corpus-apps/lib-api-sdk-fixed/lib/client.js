'use strict';

const { baseUrlFor } = require('./regions');
const { buildUrl } = require('./url');
const { send } = require('./transport');
const pkg = require('../package.json');

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * @typedef {object} ClientOptions
 * @property {string} token     API token, sent as a bearer token
 * @property {'us'|'eu'|'ap'} [region]
 * @property {number} [timeout] milliseconds
 * @property {string} [userAgent]
 */

const DEFAULTS = { region: 'us', timeout: 15000, userAgent: `statusboard-client/${pkg.version}` };

class StatusboardClient {
  /** @param {ClientOptions} options */
  constructor(options = {}) {
    const o = { ...DEFAULTS, ...options };
    if (!o.token) throw new TypeError('options.token is required');
    this.base = baseUrlFor(o.region);
    this.token = o.token;
    this.timeout = o.timeout;
    this.userAgent = o.userAgent;
  }

  /**
   * Calls any API endpoint.
   * @param {string} method
   * @param {string} path relative to the API root, e.g. `components/abc/uptime`
   * @param {{ query?: object, body?: object }} [options]
   */
  async request(method, path, { query, body } = {}) {
    const verb = String(method).toUpperCase();
    if (!METHODS.has(verb)) throw new TypeError(`Unsupported method ${method}`);
    const headers = {
      accept: 'application/json',
      authorization: `Bearer ${this.token}`,
      'user-agent': this.userAgent,
    };
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (payload) headers['content-type'] = 'application/json';
    const { data } = await send(buildUrl(this.base, path, query), { method: verb, headers, body: payload, timeout: this.timeout });
    return data;
  }

  listIncidents(query) {
    return this.request('GET', 'incidents', { query });
  }

  getIncident(id) {
    return this.request('GET', `incidents/${encodeURIComponent(id)}`);
  }

  createIncident(incident) {
    return this.request('POST', 'incidents', { body: incident });
  }

  resolveIncident(id, message) {
    return this.request('PATCH', `incidents/${encodeURIComponent(id)}`, { body: { status: 'resolved', message } });
  }

  health() {
    return this.request('GET', 'health');
  }
}

module.exports = { StatusboardClient };
