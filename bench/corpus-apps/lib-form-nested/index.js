'use strict';

const Busboy = require('busboy');
const { normalizeOptions } = require('./lib/options');
const { nestFields } = require('./lib/nest');
const { saveUpload } = require('./lib/files');

/**
 * Parses a `multipart/form-data` or `application/x-www-form-urlencoded` request. Field names
 * with brackets build nested values: `user[name]=Ann&user[tags][]=a&user[tags][]=b` gives
 * `{ user: { name: 'Ann', tags: ['a', 'b'] } }`. Uploaded files are written to `tmpDir` under
 * random names and described in `files` (keyed by field name).
 *
 * @param {import('http').IncomingMessage} req
 * @param {import('./lib/options').FormOptions} [options]
 * @returns {Promise<{ fields: object, files: Record<string, object> }>}
 */
function parseForm(req, options) {
  const opts = normalizeOptions(options);
  return new Promise((resolve, reject) => {
    let bb;
    try {
      bb = Busboy({
        headers: req.headers,
        limits: { fields: opts.maxFields, files: opts.maxFiles, fileSize: opts.maxFileSize },
      });
    } catch (err) {
      reject(err);
      return;
    }
    const pairs = [];
    const files = Object.create(null);
    const pending = [];
    bb.on('field', (name, value) => {
      pairs.push([name, value]);
    });
    bb.on('file', (name, stream, info) => {
      pending.push(saveUpload(stream, info, opts).then((file) => {
        files[name] = file;
      }));
    });
    bb.on('error', reject);
    bb.on('close', () => {
      Promise.all(pending)
        .then(() => resolve({ fields: nestFields(pairs, opts), files }))
        .catch(reject);
    });
    req.pipe(bb);
  });
}

module.exports = { parseForm, nestFields };
