'use strict';

const { loadTheme, loadCheckedTheme, loadThemeFrom } = require('./lib/themes');

function theme(name, options) {
  return loadTheme(String(name).trim(), options);
}

function checkedTheme(name, options) {
  return loadCheckedTheme(String(name).trim(), options);
}

module.exports = { theme, checkedTheme, themeFrom: loadThemeFrom };
