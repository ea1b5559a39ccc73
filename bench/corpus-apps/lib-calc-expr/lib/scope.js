'use strict';

const BUILTINS = {
  abs: Math.abs, ceil: Math.ceil, floor: Math.floor, round: Math.round, sqrt: Math.sqrt,
  min: Math.min, max: Math.max, pow: Math.pow, log: Math.log, exp: Math.exp,
  sin: Math.sin, cos: Math.cos, tan: Math.tan, PI: Math.PI, E: Math.E,
  avg: (...xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1),
  sum: (...xs) => xs.reduce((a, b) => a + b, 0),
  clamp: (x, lo, hi) => Math.min(hi, Math.max(lo, x)),
};

/** Variables a formula may use: builtins overridden by the caller's numeric variables. */
function buildScope(variables) {
  const scope = Object.assign({}, BUILTINS);
  for (const [name, value] of Object.entries(variables || {})) {
    if (!/^[A-Za-z_]\w*$/.test(name)) continue;
    scope[name] = typeof value === 'function' ? value : Number(value);
  }
  return scope;
}

module.exports = { buildScope, BUILTINS };
