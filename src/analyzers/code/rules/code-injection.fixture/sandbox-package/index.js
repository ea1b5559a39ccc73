// An expression evaluator package that runs callers' expressions in a new vm context, as if that
// were a sandbox: node:vm is not one (`this.constructor.constructor('return process')()`).
const vm = require('vm');

function evaluate(expression, scope = {}) {
  // ruleid: js/code-injection
  return vm.runInNewContext(expression, { ...scope });
}

function evaluateIn(expression, context) {
  // ruleid: js/code-injection
  return vm.runInContext(String(expression), context, { timeout: 50 });
}

// The caller's values are data in the context; the code is the package's own.
function sum(a, b) {
  // ok: js/code-injection
  return vm.runInNewContext('Number(a) + Number(b)', { a, b });
}

module.exports = { evaluate, evaluateIn, sum };
