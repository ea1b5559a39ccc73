'use strict';

const { alpha, clamp, hue } = require('../util');

// hsl(120, 50%, 50%) · hsla(120deg 50% 50% / .5) · hsl(0.25turn, 60%, 40%)
const HSL_RE =
  /^hsla?\(\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))(deg|rad|grad|turn)?\s*,?\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))%\s*,?\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))%\s*(?:[,/]\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))(%?)\s*)?\)$/i;

function parseHsl(str) {
  // vuln: CWE-1333
  const m = HSL_RE.exec(str);
  if (!m) return null;
  return {
    model: 'hsl',
    value: [hue(m[1], m[2]), clamp(parseFloat(m[3]), 0, 100), clamp(parseFloat(m[4]), 0, 100), alpha(m[5], m[6])],
  };
}

module.exports = { parseHsl };
