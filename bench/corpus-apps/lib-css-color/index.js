'use strict';

const { parse } = require('./lib/parse');
const convert = require('./lib/convert');
const format = require('./lib/format');

function getModel(model) {
  return (input) => {
    const parsed = parse(input);
    return parsed && parsed.model === model ? parsed.value : null;
  };
}

/**
 * Parses any supported color and returns it as [r, g, b, alpha].
 */
function toRgb(input) {
  const parsed = parse(input);
  if (!parsed) return null;
  switch (parsed.model) {
    case 'hsl':
      return convert.hslToRgb(parsed.value);
    case 'hwb':
      return convert.hwbToRgb(parsed.value);
    default:
      return parsed.value;
  }
}

module.exports = {
  parse,
  toRgb,
  get: {
    rgb: getModel('rgb'),
    hsl: getModel('hsl'),
    hwb: getModel('hwb'),
  },
  to: {
    hex: format.hex,
    rgb: format.rgb,
    hsl: format.hsl,
    hwb: format.hwb,
    keyword: format.keyword,
  },
};
