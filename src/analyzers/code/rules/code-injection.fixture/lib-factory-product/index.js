'use strict';
// A library whose exported factories return the functions callers keep: what the factory was
// given is still there when the product runs.
const vm = require('vm');

function compileCondition(source, options = {}) {
  const text = String(source).trim();
  return function test(context) {
    // node:vm is no sandbox for the caller's condition text.
    // ruleid: js/code-injection
    return Boolean(vm.runInNewContext(text, Object.assign(Object.create(null), context), { timeout: options.timeout || 50 }));
  };
}

// A setting of the factory is the developer's: the product runs a fixed script with it.
function compileGreeting(options = {}) {
  const name = JSON.stringify(String(options.name || 'world'));
  return function greet(context) {
    // ok: js/code-injection
    return vm.runInNewContext(`'hello ' + ${name}`, context);
  };
}

module.exports = { compileCondition, compileGreeting };
