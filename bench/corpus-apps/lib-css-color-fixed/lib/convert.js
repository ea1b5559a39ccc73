'use strict';

function hslToRgb([h, s, l, a]) {
  const sat = s / 100;
  const light = l / 100;
  const k = (n) => (n + h / 30) % 12;
  const f = (n) => light - sat * Math.min(light, 1 - light) * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255), a];
}

function hwbToRgb([h, w, b, a]) {
  let white = w / 100;
  let black = b / 100;
  if (white + black >= 1) {
    const gray = Math.round((white / (white + black)) * 255);
    return [gray, gray, gray, a];
  }
  const [r, g, bl] = hslToRgb([h, 100, 50, 1]);
  const scale = 1 - white - black;
  const mix = (c) => Math.round((c / 255) * scale * 255 + white * 255);
  return [mix(r), mix(g), mix(bl), a];
}

function rgbToHsl([r, g, b, a = 1]) {
  const rn = r / 255;
  const gn = g / 255;
  const bn = b / 255;
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  let h = 0;
  let s = 0;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    if (max === rn) h = (gn - bn) / d + (gn < bn ? 6 : 0);
    else if (max === gn) h = (bn - rn) / d + 2;
    else h = (rn - gn) / d + 4;
    h *= 60;
  }
  return [Math.round(h), Math.round(s * 100), Math.round(l * 100), a];
}

module.exports = { hslToRgb, hwbToRgb, rgbToHsl };
