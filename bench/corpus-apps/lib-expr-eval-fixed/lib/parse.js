'use strict';

const acorn = require('acorn');

const MAX_SOURCE_LENGTH = 4096;
const cache = new Map();

/**
 * Parses one expression (`order.total > 100 && customer.tier === 'gold'`) or, for rule actions,
 * a sequence of expressions separated by `;` (`order.discount = order.total * 0.1; order.flag = true`).
 * Statements other than expressions (declarations, loops, functions) are rejected.
 */
function parseProgram(source, { allowSequence = false } = {}) {
  if (typeof source !== 'string') throw new TypeError('rulexpr: expression must be a string');
  if (source.length > MAX_SOURCE_LENGTH) throw new RangeError('rulexpr: expression too long');
  const key = `${allowSequence ? 's' : 'e'}:${source}`;
  const hit = cache.get(key);
  if (hit) return hit;

  const program = acorn.parse(source, { ecmaVersion: 2020, sourceType: 'script', allowReturnOutsideFunction: false });
  const body = program.body.filter((node) => node.type !== 'EmptyStatement');
  if (body.length === 0) throw new SyntaxError('rulexpr: empty expression');
  if (!allowSequence && body.length > 1) throw new SyntaxError('rulexpr: a single expression is expected');
  for (const node of body) {
    if (node.type !== 'ExpressionStatement') {
      throw new SyntaxError(`rulexpr: ${node.type} is not allowed`);
    }
  }
  const expressions = body.map((node) => node.expression);
  if (cache.size > 500) cache.clear();
  cache.set(key, expressions);
  return expressions;
}

module.exports = { parseProgram };
