'use strict';

const path = require('path');

const LOG_NAME = /^[a-z0-9][a-z0-9._-]*\.log$/;

/** Rejects empty and absurdly long names. */
function isSafeName(name) {
  return typeof name === 'string' && name.length > 0 && name.length <= 128;
}

/** `app-2024-05-01.log`, `worker.3.log`: a plain log file name, nothing else. */
function isLogFile(name) {
  return LOG_NAME.test(name) && !name.includes('..');
}

/** The absolute path of `relative` below `root`, or null when it would leave `root`. */
function resolveInside(root, relative) {
  const base = path.resolve(root);
  const target = path.resolve(base, relative);
  if (target !== base && !target.startsWith(base + path.sep)) return null;
  return target;
}

module.exports = { isSafeName, isLogFile, resolveInside };
