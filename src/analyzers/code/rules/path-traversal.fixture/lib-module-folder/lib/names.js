'use strict';

// Theme names: lower-case words joined by dashes; no dot or slash can pass.
const THEME_NAME = /^[a-z]+(?:-[a-z]+)*$/;

function isThemeName(name) {
  return typeof name === 'string' && name.length <= 40 && THEME_NAME.test(name);
}

module.exports = { isThemeName };
