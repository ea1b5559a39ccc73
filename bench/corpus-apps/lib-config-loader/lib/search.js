'use strict';

const path = require('path');

const APP_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

/**
 * Every file name `search()` tries, nearest directory first.
 * @param {string} appName
 * @param {string} cwd absolute start directory
 * @returns {string[]}
 */
function candidates(appName, cwd) {
  if (!APP_NAME.test(appName)) throw new TypeError(`Invalid app name "${appName}"`);
  const names = [`.${appName}rc`, `.${appName}rc.yml`, `.${appName}rc.yaml`, `.${appName}rc.json`, `${appName}.config.yaml`];
  const files = [];
  let dir = cwd;
  for (;;) {
    for (const name of names) files.push(path.join(dir, name));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return files;
}

module.exports = { candidates };
