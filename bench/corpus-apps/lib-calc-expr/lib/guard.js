'use strict';

// Words that would let a formula reach the host environment.
const FORBIDDEN = [
  'require', 'process', 'global', 'globalThis', 'window', 'document', 'eval', 'Function',
  'constructor', '__proto__', 'prototype', 'import', 'this', 'new', 'while', 'for', '=>',
];

const FORBIDDEN_RE = new RegExp('\\b(' + FORBIDDEN.map((w) => w.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')).join('|') + ')\\b');

/** Throws when the expression uses a forbidden word or an assignment. */
function assertSafe(expr) {
  const hit = FORBIDDEN_RE.exec(expr);
  if (hit) throw new Error(`Forbidden token in expression: ${hit[1]}`);
  if (/[^=!<>]=[^=]/.test(expr)) throw new Error('Assignments are not allowed');
  if (/;/.test(expr)) throw new Error('Only one expression is allowed');
}

module.exports = { assertSafe, FORBIDDEN };
