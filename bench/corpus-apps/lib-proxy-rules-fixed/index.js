'use strict';

const { compileExpression } = require('./lib/expression');
const { requestContext } = require('./lib/context');
const { parseProxyList, formatProxy } = require('./lib/proxy-list');

const DEFAULTS = {
  fallback: 'DIRECT',
  timeout: 50,
};

/**
 * @typedef {object} Rule
 * @property {string} when   condition in PAC syntax, e.g.
 *   `dnsDomainIs(host, ".corp.example") && port != 443` or `shExpMatch(host, "*.internal")`
 * @property {string} proxy  `"PROXY gw:3128; DIRECT"`, `"SOCKS5 10.0.0.1:1080"`, `"DIRECT"`
 */

/**
 * Builds a router from an ordered list of rules; the first rule whose condition holds
 * decides. Rule lists usually come from a settings page or a config service.
 *
 * @param {Rule[]} rules
 * @param {{ fallback?: string, timeout?: number }} [options]
 * @returns {{ route(url: string|URL): object[], explain(url: string|URL): object }}
 */
function createRouter(rules, options) {
  const opts = Object.assign({}, DEFAULTS, options);
  if (!Array.isArray(rules)) throw new TypeError('rules must be an array');
  const compiled = rules.map((rule, index) => ({
    index,
    when: rule.when,
    test: compileExpression(rule.when, { timeout: opts.timeout }),
    proxies: parseProxyList(rule.proxy),
  }));
  const fallback = parseProxyList(opts.fallback);

  function match(url) {
    const ctx = requestContext(url);
    return compiled.find((r) => r.test(ctx)) || null;
  }

  return {
    route(url) {
      const hit = match(url);
      return hit ? hit.proxies : fallback;
    },
    explain(url) {
      const hit = match(url);
      return {
        rule: hit ? hit.index : -1,
        when: hit ? hit.when : null,
        proxy: (hit ? hit.proxies : fallback).map(formatProxy).join('; '),
      };
    },
  };
}

module.exports = { createRouter, parseProxyList, formatProxy };
