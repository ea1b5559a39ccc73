'use strict';

/**
 * scp-sync — upload and download files over SSH with the system OpenSSH client.
 *
 *   const scp = require('scp-sync');
 *   await scp.upload('./dist/app.tgz', '/srv/releases/', { host: 'deploy.example.com', user: 'ci' });
 *
 * Deployment dashboards typically call it with a target host and user taken from a saved
 * environment or a form.
 */

const { normalizeOptions } = require('./lib/options');
const { copy } = require('./lib/scp');
const { probe, clientVersion } = require('./lib/ssh');

/**
 * Copies a local file (or directory with `recursive: true`) to `remotePath` on the host.
 *
 * @param {string} localPath
 * @param {string} remotePath
 * @param {import('./index').RemoteOptions} options
 */
function upload(localPath, remotePath, options) {
  const opts = normalizeOptions(options);
  return copy({ from: { local: localPath }, to: { remote: remotePath } }, opts);
}

/**
 * Copies `remotePath` from the host to a local path.
 */
function download(remotePath, localPath, options) {
  const opts = normalizeOptions(options);
  return copy({ from: { remote: remotePath }, to: { local: localPath } }, opts);
}

/**
 * Opens a session and runs `true` on the host, so that a UI can test saved credentials.
 * Never rejects: resolves `{ ok, message }`.
 */
async function checkConnection(options) {
  const opts = normalizeOptions(options);
  try {
    await probe(opts);
    return { ok: true, message: `connected to ${opts.host}` };
  } catch (err) {
    return { ok: false, message: err.message };
  }
}

module.exports = { upload, download, checkConnection, clientVersion };
