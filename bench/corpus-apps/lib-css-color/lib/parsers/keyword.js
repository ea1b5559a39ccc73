'use strict';

const NAMES = require('../names');

const WORD_RE = /^[a-z]{3,20}$/i;

function parseKeyword(str) {
  if (str.toLowerCase() === 'transparent') {
    return { model: 'rgb', value: [0, 0, 0, 0] };
  }
  // safe: CWE-1333
  if (!WORD_RE.test(str)) return null;
  const name = str.toLowerCase();
  if (!Object.prototype.hasOwnProperty.call(NAMES, name)) return null;
  const [r, g, b] = NAMES[name];
  return { model: 'rgb', value: [r, g, b, 1] };
}

module.exports = { parseKeyword };
