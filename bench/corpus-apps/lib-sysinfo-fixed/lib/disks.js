'use strict';

const { execFile } = require('child_process');
const { EXEC_OPTIONS, lines } = require('./util');

/**
 * Usage of the file system holding `mount` (default `/`), from `df -kP`.
 * @param {string} [mount]
 * @param {(err: Error|null, usage?: object) => void} callback
 */
function diskUsage(mount, callback) {
  if (typeof mount === 'function') {
    callback = mount;
    mount = '/';
  }
  execFile('df', ['-kP', '--', String(mount || '/')], EXEC_OPTIONS, (err, stdout) => {
    if (err) return callback(err);
    const row = lines(stdout)[1];
    if (!row) return callback(new Error(`no file system for ${mount}`));
    const cols = row.split(/\s+/);
    return callback(null, {
      fs: cols[0],
      size: Number(cols[1]) * 1024,
      used: Number(cols[2]) * 1024,
      available: Number(cols[3]) * 1024,
      mount: cols[5],
    });
  });
}

module.exports = { diskUsage };
