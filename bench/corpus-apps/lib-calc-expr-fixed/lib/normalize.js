'use strict';

/**
 * Turns spreadsheet-style syntax into JavaScript: `^` is power, `×`/`÷` are accepted,
 * a leading `=` is dropped, `,` in numbers is not supported (use `.`).
 */
function normalizeExpression(input) {
  if (typeof input !== 'string') throw new TypeError('expression must be a string');
  let expr = input.trim();
  if (expr.startsWith('=')) expr = expr.slice(1);
  expr = expr.replace(/\u00d7/g, '*').replace(/\u00f7/g, '/').replace(/\^/g, '**');
  if (expr.length === 0) throw new SyntaxError('empty expression');
  if (expr.length > 1000) throw new RangeError('expression too long');
  return expr;
}

/** Identifiers a formula mentions (for dependency tracking between cells). */
function identifiers(expr) {
  const names = new Set();
  for (const m of expr.matchAll(/[A-Za-z_$][\w$]*/g)) names.add(m[0]);
  return [...names];
}

module.exports = { normalizeExpression, identifiers };
