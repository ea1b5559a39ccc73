'use strict';

const { alpha, clamp, hue } = require('../util');

// hwb(120, 10%, 20%) · hwb(120deg 10% 20% / 0.8)
const HWB_RE =
  /^hwb\(\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))(deg|rad|grad|turn)?\s*,?\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))%\s*,?\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))%\s*(?:[,/]\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))(%?)\s*)?\)$/i;

function parseHwb(str) {
  // vuln: CWE-1333
  const m = HWB_RE.exec(str);
  if (!m) return null;
  return {
    model: 'hwb',
    value: [hue(m[1], m[2]), clamp(parseFloat(m[3]), 0, 100), clamp(parseFloat(m[4]), 0, 100), alpha(m[5], m[6])],
  };
}

module.exports = { parseHwb };
