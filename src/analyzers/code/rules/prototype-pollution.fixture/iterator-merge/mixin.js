'use strict';
// Deep merges written as the `(value, key)` callback of a key iterator, with the target as `this`.
var forIn = require('for-in');

function isObject(val) {
  return val !== null && typeof val === 'object' && !Array.isArray(val);
}

function mixinDeep(target) {
  for (var i = 1; i < arguments.length; i++) {
    if (isObject(arguments[i])) forIn(arguments[i], copy, target);
  }
  return target;
}

// Rejects "__proto__" only: `{"constructor": {"prototype": …}}` reaches Object.prototype through the
// target's inherited constructor.
function copy(val, key) {
  if (key === '__proto__') {
    return;
  }
  var obj = this[key];
  if (isObject(val) && isObject(obj)) {
    mixinDeep(obj, val);
  } else {
    // ruleid: js/prototype-pollution
    this[key] = val;
  }
}

function mixinDeepSafe(target) {
  for (var i = 1; i < arguments.length; i++) {
    if (isObject(arguments[i])) forIn(arguments[i], copySafe, target);
  }
  return target;
}

function isValidKey(key) {
  return key !== '__proto__' && key !== 'constructor' && key !== 'prototype';
}

function copySafe(val, key) {
  if (!isValidKey(key)) {
    return;
  }
  var obj = this[key];
  if (isObject(val) && isObject(obj)) {
    mixinDeepSafe(obj, val);
  } else {
    // ok: js/prototype-pollution
    this[key] = val;
  }
}

function assignShallow(target, source) {
  forIn(source, assignOne, target);
  return target;
}

// One level only: the callback never descends into what the target holds.
function assignOne(val, key) {
  // ok: js/prototype-pollution
  this[key] = val;
}

module.exports = { mixinDeep, mixinDeepSafe, assignShallow };
