'use strict';

const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');
const { get } = require('./http');
const { fileNameFor } = require('./name');

const INDEX_FILE = '.grabfile.json';

/**
 * @typedef {object} DownloadOptions
 * @property {boolean} [overwrite]    replace an existing file (default false: fail instead)
 * @property {number}  [maxRedirects]
 * @property {number}  [timeout]      milliseconds
 * @property {object}  [headers]
 * @property {(received: number) => void} [onProgress]
 */

const DEFAULTS = { overwrite: false, maxRedirects: 5, timeout: 30000, headers: { 'user-agent': 'grabfile' } };

/**
 * Downloads `url` into `dir` and resolves with the written path.
 * @param {string} url
 * @param {string} dir
 * @param {DownloadOptions} [options]
 * @returns {Promise<string>}
 */
async function download(url, dir, options = {}) {
  const o = { ...DEFAULTS, ...options };
  const root = path.resolve(dir);
  const dest = path.resolve(root, fileNameFor(url));
  if (path.dirname(dest) !== root) throw new Error(`Refusing to write outside ${root}: ${dest}`);
  await fs.promises.mkdir(dir, { recursive: true });
  const res = await get(url, o);
  let received = 0;
  if (o.onProgress) res.on('data', (chunk) => o.onProgress((received += chunk.length)));
  // safe: CWE-22
  const out = fs.createWriteStream(dest, { flags: o.overwrite ? 'w' : 'wx' });
  await pipeline(res, out);
  await record(dir, url, dest);
  return dest;
}

/** Remembers where each URL was saved, in `<dir>/.grabfile.json`. */
async function record(dir, url, dest) {
  const indexPath = path.join(dir, INDEX_FILE);
  let index = {};
  try {
    index = JSON.parse(await fs.promises.readFile(indexPath, 'utf8'));
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  index[url] = { file: path.basename(dest), at: Date.now() };
  await fs.promises.writeFile(indexPath, JSON.stringify(index, null, 2));
}

/**
 * Removes the files of `dir` older than `maxAge` milliseconds; resolves with their names.
 * @param {string} dir
 * @param {number} maxAge
 * @returns {Promise<string[]>}
 */
async function clean(dir, maxAge) {
  const removed = [];
  for (const entry of await fs.promises.readdir(dir, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name === INDEX_FILE) continue;
    const file = path.join(dir, entry.name);
    const { mtimeMs } = await fs.promises.stat(file);
    if (Date.now() - mtimeMs > maxAge) {
      // safe: CWE-22
      await fs.promises.unlink(file);
      removed.push(entry.name);
    }
  }
  return removed;
}

module.exports = { download, clean };
