'use strict';

const { execFile } = require('child_process');

/** The platform's "open with the default application" command. */
function opener() {
  if (process.platform === 'darwin') return 'open';
  if (process.platform === 'win32') return 'explorer.exe';
  return 'xdg-open';
}

/**
 * Opens `target` (a URL or a path) with the default application, or with `options.app`.
 * The target is passed as one argument to the program, never through a shell.
 * @param {string} target
 * @param {{ app?: string }} [options]
 * @param {(err: Error | null) => void} [callback]
 */
function open(target, options = {}, callback = () => {}) {
  const command = options.app || opener();
  // safe: CWE-78
  return execFile(command, [String(target)], (err) => callback(err));
}

/** Reveals a file in the file manager (no shell involved). */
function reveal(file, callback = () => {}) {
  const args = process.platform === 'darwin' ? ['-R', file] : [file];
  // safe: CWE-78
  return execFile(opener(), args, (err) => callback(err));
}

module.exports = { open, reveal, opener };
