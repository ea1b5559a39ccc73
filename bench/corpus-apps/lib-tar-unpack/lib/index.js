'use strict';

const fs = require('fs');
const path = require('path');
const tar = require('tar-stream');

/** Drops the first `count` path segments of an entry name (`package/lib/x.js` → `lib/x.js`). */
function strip(name, count) {
  return name.split('/').slice(count).join('/');
}

/**
 * Unpacks a tar stream (e.g. an uploaded or downloaded `.tar`) into `dest`.
 * @param {import('stream').Readable} input
 * @param {string} dest
 * @param {{ strip?: number }} [options]
 * @returns {Promise<string[]>} the files written
 */
function unpack(input, dest, options = {}) {
  const written = [];
  return new Promise((resolve, reject) => {
    const extract = tar.extract();
    extract.on('entry', (header, stream, next) => {
      const name = options.strip ? strip(header.name, options.strip) : header.name;
      const target = path.join(dest, name);
      // Only regular files are unpacked (into folders that already exist).
      if (header.type !== 'file') {
        stream.resume();
        return next();
      }
      // vuln: CWE-22
      const out = fs.createWriteStream(target, { mode: header.mode });
      stream.pipe(out);
      out.on('finish', () => {
        written.push(target);
        next();
      });
      out.on('error', reject);
    });
    extract.on('finish', () => resolve(written));
    extract.on('error', reject);
    input.pipe(extract);
  });
}

/**
 * Lists the entry names of a tar stream without writing anything.
 * @param {import('stream').Readable} input
 * @returns {Promise<string[]>}
 */
function list(input) {
  const names = [];
  return new Promise((resolve, reject) => {
    const extract = tar.extract();
    extract.on('entry', (header, stream, next) => {
      // safe: CWE-22
      names.push(header.name);
      stream.on('end', next);
      stream.resume();
    });
    extract.on('finish', () => resolve(names));
    extract.on('error', reject);
    input.pipe(extract);
  });
}

module.exports = { unpack, list };
