'use strict';

const { normalizeExpression } = require('./normalize');
const { toSafeSource } = require('./guard');

const cache = new Map();

/** Whether the runtime understands `**` (feature test with a constant body). */
let hasExponent = false;
try {
  hasExponent = new Function('return 2 ** 3')() === 8;
} catch (e) {
  hasExponent = false;
}

/**
 * Compiles a formula into a function of a scope object; results are cached per source and
 * per set of allowed names.
 * @param {string} input
 * @param {Iterable<string>} names builtins and variable names the formula may use
 */
function compile(input, names) {
  const expr = normalizeExpression(input);
  if (!hasExponent && expr.includes('**')) throw new SyntaxError('`^` needs Node >= 8');
  const allowed = new Set(names);
  const key = [...allowed].sort().join(',') + '\n' + expr;
  const cached = cache.get(key);
  if (cached) return cached;
  const source = toSafeSource(expr, allowed);
  // safe: CWE-94
  const fn = new Function('$', '"use strict"; return (' + source + ');');
  if (cache.size > 500) cache.clear();
  cache.set(key, fn);
  return fn;
}

module.exports = { compile };
