'use strict';

const { normalizeArguments, mergeOptions, defaults } = require('./lib/options');
const { asPromise } = require('./lib/as-promise');
const { RequestError, HTTPError, MaxRedirectsError, TimeoutError } = require('./lib/errors');

const ALIASES = ['get', 'post', 'put', 'patch', 'head', 'delete'];

function create(instanceDefaults) {
  const plumb = (url, options) => asPromise(normalizeArguments(url, options, instanceDefaults));

  for (const method of ALIASES) {
    plumb[method] = (url, options) => plumb(url, { ...options, method });
  }

  plumb.extend = (options) => create(mergeOptions(instanceDefaults, options));
  plumb.defaults = instanceDefaults;
  return plumb;
}

const plumb = create(defaults);

module.exports = plumb;
module.exports.default = plumb;
module.exports.RequestError = RequestError;
module.exports.HTTPError = HTTPError;
module.exports.MaxRedirectsError = MaxRedirectsError;
module.exports.TimeoutError = TimeoutError;
