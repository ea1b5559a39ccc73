'use strict';

// Logs a deprecation once, then calls the wrapped function with whatever it was given.
function deprecated(fn, note) {
  let warned = false;
  return function () {
    if (!warned) {
      warned = true;
      process.emitWarning(note);
    }
    return fn.apply(this, arguments);
  };
}

// Retries the wrapped function once when it throws.
function retried(fn) {
  return (...args) => {
    try {
      return fn(...args);
    } catch (err) {
      return fn(...args);
    }
  };
}

module.exports = { deprecated, retried };
