'use strict';

const { compile } = require('./lib/compile');
const { buildScope } = require('./lib/scope');
const { normalizeExpression, identifiers } = require('./lib/normalize');

/**
 * Evaluates a formula such as `=round(price * qty * (1 - discount) ^ 2, 2)`.
 * Intended for formulas typed by end users.
 */
function evaluate(expression, variables) {
  const scope = buildScope(variables);
  const fn = compile(expression, Object.keys(scope));
  const result = fn(scope);
  if (typeof result !== 'number' && typeof result !== 'boolean') {
    throw new TypeError('formula did not produce a number');
  }
  return result;
}

/** Compiles once, evaluates many times (e.g. one formula for every row of a report). */
function prepare(expression, variableNames) {
  const fn = compile(expression, Object.keys(buildScope()).concat(variableNames || []));
  return (variables) => fn(buildScope(variables));
}

/** Names the formula depends on, without evaluating it. */
function dependencies(expression) {
  return identifiers(normalizeExpression(expression));
}

/** Parses a plain number the way cells do ("1e3", " 42 ", "-0.5"). */
function parseNumber(text) {
  const n = Number(String(text).trim());
  return Number.isFinite(n) ? n : NaN;
}

module.exports = { evaluate, prepare, dependencies, parseNumber };
