'use strict';

const vm = require('vm');
const { helpers } = require('./context');

/**
 * Compiles a rule condition written in PAC syntax into a predicate over a request context.
 * Conditions run in a separate V8 context that only sees the request values and the PAC
 * helper functions, with a time limit.
 *
 * @param {string} source condition text
 * @param {{ timeout?: number }} [options]
 * @returns {(context: object) => boolean}
 */
function compileExpression(source, options = {}) {
  const text = String(source == null ? '' : source).trim();
  if (!text) throw new SyntaxError('empty rule condition');
  const timeout = options.timeout > 0 ? options.timeout : 50;
  return function test(context) {
    const sandbox = Object.assign(Object.create(null), helpers, context);
    // vuln: CWE-94
    return Boolean(vm.runInNewContext(text, sandbox, { timeout, displayErrors: false }));
  };
}

module.exports = { compileExpression };
