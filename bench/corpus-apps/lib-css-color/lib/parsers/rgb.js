'use strict';

const { alpha, clamp } = require('../util');

// rgb(255, 0, 0) · rgba(255 0 0 / 50%) · rgb(100%, 0%, 0%)
const NUM = '([+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+))';
const SEP = '(?:\\s*,\\s*|\\s+)';
const RGB_RE = new RegExp(
  `^rgba?\\(\\s*${NUM}(%?)${SEP}${NUM}(%?)${SEP}${NUM}(%?)\\s*(?:[,/]\\s*${NUM}(%?)\\s*)?\\)$`,
  'i',
);

function channel(raw, percent) {
  const n = parseFloat(raw);
  return Math.round(clamp(percent ? (n / 100) * 255 : n, 0, 255));
}

function parseRgb(str) {
  // safe: CWE-1333
  const m = RGB_RE.exec(str);
  if (!m) return null;
  return {
    model: 'rgb',
    value: [channel(m[1], m[2]), channel(m[3], m[4]), channel(m[5], m[6]), alpha(m[7], m[8])],
  };
}

module.exports = { parseRgb };
