'use strict';

const fs = require('fs');
const { Memory } = require('./memory');

/**
 * A JSON file. `loadSync()` merges its content into the store, `saveSync()` writes it back.
 */
class File extends Memory {
  constructor(options = {}) {
    super(options);
    if (!options.file) throw new TypeError('layerconf: File store needs a `file` option');
    this.type = 'file';
    this.file = options.file;
    this.format = options.format || JSON;
    this.spacing = options.spacing === undefined ? 2 : options.spacing;
  }

  loadSync() {
    if (!fs.existsSync(this.file)) {
      this.store = {};
      return this.store;
    }
    const raw = fs.readFileSync(this.file, 'utf8');
    let data;
    try {
      data = this.format.parse(raw);
    } catch (err) {
      throw new Error(`layerconf: error parsing ${this.file}: ${err.message}`);
    }
    this.store = {};
    this.merge('', data);
    return this.store;
  }

  saveSync() {
    fs.writeFileSync(this.file, this.format.stringify(this.store, null, this.spacing));
    return this.store;
  }
}

module.exports = { File };
