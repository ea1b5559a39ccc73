'use strict';

const path = require('path');

/**
 * Drops `strip` leading components from an entry name; returns '' when nothing is left.
 * @param {string} name
 * @param {number} strip
 */
function stripComponents(name, strip) {
  const parts = String(name).replace(/\\/g, '/').split('/').filter((p) => p && p !== '.');
  return parts.slice(strip).join('/');
}

/**
 * Absolute destination of an entry; throws when the name would leave `dest`
 * (`../x`, `/etc/x`, `a/../../x`).
 * @param {string} dest resolved extraction folder
 * @param {string} name entry name after stripComponents()
 * @returns {string}
 */
function entryPath(dest, name) {
  const target = path.resolve(dest, name);
  if (target !== dest && !target.startsWith(dest + path.sep)) {
    throw new Error(`Refusing to extract "${name}" outside ${dest}`);
  }
  return target;
}

module.exports = { stripComponents, entryPath };
