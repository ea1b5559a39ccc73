'use strict';

const { StatusboardClient } = require('./lib/client');
const { REGIONS } = require('./lib/regions');

/**
 * Shortcut for `new StatusboardClient(options)`.
 * @param {import('./lib/client').ClientOptions} options
 * @returns {StatusboardClient}
 */
function createClient(options) {
  return new StatusboardClient(options);
}

module.exports = { createClient, StatusboardClient, regions: Object.keys(REGIONS) };
