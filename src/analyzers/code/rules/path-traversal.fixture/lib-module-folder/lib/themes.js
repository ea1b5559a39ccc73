'use strict';

const path = require('path');
const { isThemeName } = require('./names');

const THEMES = path.join(__dirname, '..', 'themes');

function themeModule(folder, name) {
  return path.join(folder, name, 'theme.js');
}

function loadTheme(name, options = {}) {
  const folder = options.folder ? path.resolve(options.folder) : THEMES;
  // ruleid: js/path-traversal
  return require(themeModule(folder, name));
}

function loadCheckedTheme(name, options = {}) {
  if (!isThemeName(name)) throw new Error('unknown theme');
  const folder = options.folder ? path.resolve(options.folder) : THEMES;
  // ok: js/path-traversal
  return require(themeModule(folder, name));
}

function loadThemeFrom(folder) {
  // The caller's own folder: choosing it is what the option is for.
  // ok: js/path-traversal
  return require(path.resolve(folder, 'theme.js'));
}

module.exports = { loadTheme, loadCheckedTheme, loadThemeFrom };
