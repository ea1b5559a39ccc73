'use strict';

function isRecord(v) {
  return v !== null && typeof v === 'object';
}

// The record a `@a/b/c` heading names, created on the way down.
function branch(root, names) {
  let at = root;
  for (const name of names) {
    const next = isRecord(at[name]) ? at[name] : {};
    // ruleid: js/prototype-pollution
    at[name] = next;
    at = next;
  }
  return at;
}

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

// The same walk, refusing names that reach a prototype.
function branchSafe(root, names) {
  let at = root;
  for (const name of names) {
    if (BLOCKED.has(name)) return root;
    const next = isRecord(at[name]) ? at[name] : {};
    // ok: js/prototype-pollution
    at[name] = next;
    at = next;
  }
  return at;
}

module.exports = { branch, branchSafe };
