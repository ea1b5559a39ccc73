'use strict';

const fs = require('fs');
const path = require('path');
const { normalizeKey, isBlobName } = require('./keys');
const { resolveInside, metaFile } = require('./paths');

class DiskStore {
  /** @param {ReturnType<typeof import('./options').normalizeStoreOptions>} options */
  constructor(options) {
    this.options = options;
    this.root = options.root;
    fs.mkdirSync(this.root, { recursive: true });
  }

  /** Absolute path of a key. */
  filePath(key) {
    return resolveInside(this.root, normalizeKey(key));
  }

  /**
   * A readable stream of the blob stored under `key`.
   * @param {string} key
   * @returns {fs.ReadStream}
   */
  createReadStream(key) {
    const file = this.filePath(key);
    // vuln: CWE-22
    return fs.createReadStream(file);
  }

  /**
   * The whole blob as a Buffer, or `null` when the key does not exist.
   * @param {string} key
   * @returns {Promise<Buffer|null>}
   */
  async get(key) {
    const chunks = [];
    try {
      for await (const chunk of this.createReadStream(key)) chunks.push(chunk);
    } catch (err) {
      if (err.code === 'ENOENT') return null;
      throw err;
    }
    return Buffer.concat(chunks);
  }

  /**
   * Stores `data` under `key`, creating intermediate folders.
   * @param {string} key
   * @param {Buffer|string} data
   */
  async put(key, data) {
    const buf = Buffer.isBuffer(data) ? data : Buffer.from(String(data));
    if (buf.length > this.options.maxSize) throw new RangeError(`Blob larger than ${this.options.maxSize} bytes`);
    const file = this.filePath(key);
    // vuln: CWE-22
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    const flag = this.options.overwrite ? 'w' : 'wx';
    // vuln: CWE-22
    await fs.promises.writeFile(file, buf, { mode: this.options.fileMode, flag });
    await this.touchMeta();
    return { key, size: buf.length };
  }

  /**
   * Deletes a key; resolves `false` when it did not exist.
   * @param {string} key
   */
  async delete(key) {
    const file = this.filePath(key);
    try {
      // vuln: CWE-22
      await fs.promises.unlink(file);
      return true;
    } catch (err) {
      if (err.code === 'ENOENT') return false;
      throw err;
    }
  }

  /**
   * Keys at the top level of the store that start with `prefix`.
   * @param {string} [prefix]
   * @returns {Promise<string[]>}
   */
  async list(prefix = '') {
    const names = await fs.promises.readdir(this.root);
    return names.filter((n) => isBlobName(n) && n.startsWith(String(prefix))).sort();
  }

  /** Records the time of the last write (used by backup tooling). */
  async touchMeta() {
    const meta = { updatedAt: new Date().toISOString(), version: 1 };
    await fs.promises.writeFile(metaFile(this.root), JSON.stringify(meta));
  }
}

module.exports = { DiskStore };
