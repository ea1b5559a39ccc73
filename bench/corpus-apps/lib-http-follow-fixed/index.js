'use strict';

const { Client } = require('./lib/client');
const { buildFullPath, isAbsoluteURL } = require('./lib/url');

/**
 * Creates a client with its own defaults.
 *
 *   const api = hopfetch.create({ baseURL: 'https://api.example.com/v2/', headers: { Authorization: `Bearer ${token}` } });
 *   const { data } = await api.get(`users/${id}`);
 *
 * @param {import('./lib/client').ClientDefaults} [defaults]
 * @returns {Client}
 */
function create(defaults) {
  return new Client(defaults);
}

const hopfetch = create();

module.exports = hopfetch;
module.exports.create = create;
module.exports.Client = Client;
module.exports.buildFullPath = buildFullPath;
module.exports.isAbsoluteURL = isAbsoluteURL;
