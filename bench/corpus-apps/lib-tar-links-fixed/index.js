'use strict';

const fs = require('fs');
const zlib = require('zlib');
const { pipeline } = require('stream/promises');
const tar = require('tar-stream');
const { extractEntries } = require('./lib/extract');
const { normalizeOptions } = require('./lib/options');

function source(archive) {
  const input = typeof archive === 'string' ? fs.createReadStream(archive) : archive;
  const gz = typeof archive === 'string' && /\.(?:tgz|tar\.gz)$/i.test(archive);
  return gz ? input.pipe(zlib.createGunzip()) : input;
}

/**
 * Extracts a tar archive (path or readable stream) into `dest`.
 * @param {string|NodeJS.ReadableStream} archive
 * @param {string} dest
 * @param {import('./lib/options').ExtractOptions} [options]
 * @returns {Promise<string[]>} the entry names written
 */
async function extract(archive, dest, options) {
  const o = normalizeOptions(dest, options);
  const parser = tar.extract();
  const [, written] = await Promise.all([pipeline(source(archive), parser), extractEntries(parser, o)]);
  return written;
}

/**
 * Lists the entries of an archive without writing anything.
 * @param {string|NodeJS.ReadableStream} archive
 * @returns {Promise<{ name: string, type: string, size: number }[]>}
 */
async function list(archive) {
  const parser = tar.extract();
  const entries = [];
  parser.on('entry', (header, stream, next) => {
    entries.push({ name: header.name, type: header.type, size: header.size || 0 });
    stream.on('end', next);
    stream.resume();
  });
  await pipeline(source(archive), parser);
  return entries;
}

module.exports = { extract, list };
