'use strict';

const { parseProgram } = require('./lib/parse');
const { Evaluator, EvalError, BUILTINS } = require('./lib/evaluate');

/**
 * Evaluates a condition or computed field against `scope`, without `eval` or `new Function`:
 *
 *   evaluate("order.total > 100 && lower(customer.tier) === 'gold'", { order, customer })
 */
function evaluate(expression, scope, options = {}) {
  const [node] = parseProgram(expression);
  return new Evaluator(scope, { ...options, allowAssignment: false }).eval(node);
}

/**
 * Runs a rule action, a `;`-separated list of expressions that may assign to properties of the
 * data, and returns the (modified) scope:
 *
 *   execute('order.discount = round(order.total * 0.1, 2); order.tags = [...]', { order })
 */
function execute(action, scope, options = {}) {
  const evaluator = new Evaluator(scope, { ...options, allowAssignment: true });
  for (const node of parseProgram(action, { allowSequence: true })) {
    evaluator.eval(node);
  }
  return scope;
}

/**
 * Compiles a rule once: `const isVip = compile('customer.orders >= 10'); isVip({ customer })`.
 */
function compile(expression, options = {}) {
  parseProgram(expression);
  return (scope) => evaluate(expression, scope, options);
}

/** Top-level names an expression reads, e.g. to check a rule against the data model. */
function dependencies(expression) {
  const names = new Set();
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Identifier') names.add(node.name);
    for (const [field, child] of Object.entries(node)) {
      if (field === 'property' && !node.computed) continue;
      if (field === 'key' && node.type === 'Property' && !node.computed) continue;
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child === 'object') visit(child);
    }
  };
  parseProgram(expression, { allowSequence: true }).forEach(visit);
  return [...names].filter((name) => !Object.prototype.hasOwnProperty.call(BUILTINS, name));
}

module.exports = { evaluate, execute, compile, dependencies, Evaluator, EvalError };
