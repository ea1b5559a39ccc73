'use strict';

const { parseHex } = require('./parsers/hex');
const { parseRgb } = require('./parsers/rgb');
const { parseHsl } = require('./parsers/hsl');
const { parseHwb } = require('./parsers/hwb');
const { parseKeyword } = require('./parsers/keyword');

/**
 * Parses a CSS color string. Returns { model, value } or null when the string is not a color.
 */
function parse(input) {
  if (typeof input !== 'string') return null;
  const str = input.trim();
  if (str === '') return null;
  if (str[0] === '#') return parseHex(str);
  switch (str.slice(0, 3).toLowerCase()) {
    case 'rgb':
      return parseRgb(str);
    case 'hsl':
      return parseHsl(str);
    case 'hwb':
      return parseHwb(str);
    default:
      return parseKeyword(str);
  }
}

module.exports = { parse };
