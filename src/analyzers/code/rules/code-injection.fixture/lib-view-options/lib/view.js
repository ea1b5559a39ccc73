'use strict';

const { emitFn, emitFnChecked } = require('./codegen');

const NAME = /^[A-Za-z_$][\w$]*$/;
const BASE = { writer: 'write', scopeName: 'scope' };

// The constructor compiles: `new View(text, options)` in another file runs these calls.
class View {
  constructor(text, options = {}) {
    const o = { ...BASE, ...options };
    this.fn = emitFn(String(text), o);
  }
  show(scope) {
    return this.fn(scope);
  }
}

class CheckedView {
  constructor(text, options = {}) {
    const o = { ...BASE, ...options };
    if (!NAME.test(o.writer) || !NAME.test(o.scopeName)) throw new TypeError('names must be identifiers');
    this.fn = emitFnChecked(String(text), o);
  }
  show(scope) {
    return this.fn(scope);
  }
}

module.exports = { View, CheckedView };
