'use strict';

const common = require('./common');
const { Memory } = require('./stores/memory');
const { Env } = require('./stores/env');
const { Argv } = require('./stores/argv');
const { File } = require('./stores/file');

/**
 * Stores are consulted in the order they were added: the first one that has a value for a key
 * wins. `set()` and `merge()` write to the built-in "overrides" memory store, which is always
 * consulted first.
 */
class Provider {
  constructor(options = {}) {
    this.separator = options.separator || common.DEFAULT_SEPARATOR;
    this.stores = new Map();
    this.overrides = new Memory({ separator: this.separator });
    this.stores.set('overrides', this.overrides);
  }

  add(name, store) {
    store.loadSync();
    this.stores.set(name, store);
    return this;
  }

  remove(name) {
    if (name !== 'overrides') this.stores.delete(name);
    return this;
  }

  argv(options = {}) {
    return this.add('argv', new Argv({ separator: this.separator, ...options }));
  }

  env(options = {}) {
    const opts = typeof options === 'string' ? { separator: options } : options;
    return this.add('env', new Env(opts));
  }

  file(name, options) {
    const opts = typeof options === 'string' ? { file: options } : options || { file: name };
    const storeName = typeof options === 'undefined' ? 'file' : name;
    return this.add(storeName, new File({ separator: this.separator, ...opts }));
  }

  defaults(values = {}) {
    const store = new Memory({ separator: this.separator });
    store.merge('', values);
    store.readOnly = true;
    this.stores.set('defaults', store);
    return this;
  }

  get(key) {
    for (const store of this.stores.values()) {
      const value = store.get(key);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  required(keys) {
    const missing = keys.filter((k) => this.get(k) === undefined);
    if (missing.length) throw new Error(`Missing required keys: ${missing.join(', ')}`);
    return this;
  }

  set(key, value) {
    return this.overrides.set(key, value);
  }

  merge(key, value) {
    if (value === undefined && common.isPlainObject(key)) {
      return this.overrides.merge('', key);
    }
    return this.overrides.merge(key, value);
  }

  clear(key) {
    return this.overrides.clear(key);
  }

  save(name = 'file') {
    const store = this.stores.get(name);
    if (!store || typeof store.saveSync !== 'function') {
      throw new Error(`layerconf: no writable store named "${name}"`);
    }
    const snapshot = JSON.parse(JSON.stringify(this.overrides.store));
    store.merge('', snapshot);
    return store.saveSync();
  }
}

module.exports = { Provider };
