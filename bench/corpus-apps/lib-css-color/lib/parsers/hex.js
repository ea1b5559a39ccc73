'use strict';

const HEX_RE = /^#([a-f0-9]{3,4}|[a-f0-9]{6}|[a-f0-9]{8})$/i;

function parseHex(str) {
  // safe: CWE-1333
  const m = HEX_RE.exec(str);
  if (!m) return null;
  let digits = m[1];
  if (digits.length <= 4) {
    digits = digits
      .split('')
      .map((d) => d + d)
      .join('');
  }
  const r = parseInt(digits.slice(0, 2), 16);
  const g = parseInt(digits.slice(2, 4), 16);
  const b = parseInt(digits.slice(4, 6), 16);
  const a = digits.length === 8 ? Math.round((parseInt(digits.slice(6, 8), 16) / 255) * 100) / 100 : 1;
  return { model: 'rgb', value: [r, g, b, a] };
}

module.exports = { parseHex };
