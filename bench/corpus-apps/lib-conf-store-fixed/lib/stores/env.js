'use strict';

const common = require('../common');
const { Memory } = require('./memory');

/**
 * Environment variables as configuration. With `separator: '__'`, DB__HOST becomes db:host
 * (when `lowerCase` is set). `whitelist` and `match` limit which variables are read.
 */
class Env extends Memory {
  constructor(options = {}) {
    super({ separator: common.DEFAULT_SEPARATOR, parseValues: options.parseValues !== false });
    this.type = 'env';
    this.envSeparator = options.separator || '';
    this.whitelist = Array.isArray(options.whitelist) ? options.whitelist : [];
    this.match = options.match instanceof RegExp ? options.match : null;
    this.lowerCase = Boolean(options.lowerCase);
    this.source = options.env || process.env;
  }

  loadSync() {
    for (const [name, value] of Object.entries(this.source)) {
      if (this.whitelist.length && !this.whitelist.includes(name)) continue;
      if (this.match && !this.match.test(name)) continue;
      let key = this.lowerCase ? name.toLowerCase() : name;
      if (this.envSeparator) key = key.split(this.envSeparator).join(this.separator);
      this.set(key, value);
    }
    this.readOnly = true;
    return this.store;
  }
}

module.exports = { Env };
