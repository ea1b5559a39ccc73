'use strict';

const { DiskStore } = require('./lib/store');
const { normalizeStoreOptions } = require('./lib/options');

/**
 * Opens (and creates) a store rooted at `root`.
 * Multi-tenant applications usually open one store per tenant:
 * `createStore(path.join(UPLOADS, tenantId))`.
 * @param {string} root
 * @param {import('./lib/options').StoreOptions} [options]
 * @returns {DiskStore}
 */
function createStore(root, options) {
  return new DiskStore(normalizeStoreOptions(root, options));
}

module.exports = { createStore, DiskStore };
