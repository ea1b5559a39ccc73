'use strict';

const NAMES = require('./names');
const { clamp } = require('./util');

function hex2(n) {
  return clamp(Math.round(n), 0, 255).toString(16).padStart(2, '0');
}

function hex([r, g, b, a = 1]) {
  const base = `#${hex2(r)}${hex2(g)}${hex2(b)}`;
  return a < 1 ? base + hex2(a * 255) : base;
}

function rgb([r, g, b, a = 1]) {
  return a < 1 ? `rgba(${r}, ${g}, ${b}, ${a})` : `rgb(${r}, ${g}, ${b})`;
}

function hsl([h, s, l, a = 1]) {
  return a < 1 ? `hsla(${h}, ${s}%, ${l}%, ${a})` : `hsl(${h}, ${s}%, ${l}%)`;
}

function hwb([h, w, b, a = 1]) {
  return a < 1 ? `hwb(${h}, ${w}%, ${b}%, ${a})` : `hwb(${h}, ${w}%, ${b}%)`;
}

function keyword([r, g, b]) {
  return Object.keys(NAMES).find((name) => {
    const [nr, ng, nb] = NAMES[name];
    return nr === r && ng === g && nb === b;
  });
}

module.exports = { hex, rgb, hsl, hwb, keyword };
