'use strict';

const { download, clean } = require('./lib/download');
const { fileNameFor } = require('./lib/name');

/**
 * Downloads several URLs one after another.
 * @param {string[]} urls
 * @param {string} dir
 * @param {import('./lib/download').DownloadOptions} [options]
 * @returns {Promise<string[]>} the written paths
 */
async function downloadAll(urls, dir, options) {
  const written = [];
  for (const url of urls) written.push(await download(url, dir, options));
  return written;
}

module.exports = { download, downloadAll, clean, fileNameFor };
