'use strict';

const { normalizeExpression } = require('./normalize');
const { assertSafe } = require('./guard');

const cache = new Map();

/** Whether the runtime understands `**` (feature test with a constant body). */
let hasExponent = false;
try {
  hasExponent = new Function('return 2 ** 3')() === 8;
} catch (e) {
  hasExponent = false;
}

/** Compiles a formula into a function of a scope object; results are cached per source. */
function compile(input) {
  const expr = normalizeExpression(input);
  if (!hasExponent && expr.includes('**')) throw new SyntaxError('`^` needs Node >= 8');
  const cached = cache.get(expr);
  if (cached) return cached;
  assertSafe(expr);
  // vuln: CWE-94
  const fn = new Function('scope', 'with (scope) { return (' + expr + '); }');
  if (cache.size > 500) cache.clear();
  cache.set(expr, fn);
  return fn;
}

module.exports = { compile };
