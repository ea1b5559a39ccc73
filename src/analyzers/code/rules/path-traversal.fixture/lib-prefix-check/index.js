'use strict';
// A library whose callers pass a store root and a key: a containment check must compare with the
// root plus a separator, or the sibling `/srv/acme-corp` passes the check for the root `/srv/acme`.
const fs = require('fs');
const path = require('path');

const STATIC_ROOT = path.resolve(__dirname, 'static') + path.sep;

function readUnder(root, key) {
  const full = path.resolve(root, key);
  if (!full.startsWith(root)) throw new Error('key escapes the store');
  // ruleid: js/path-traversal
  return fs.readFileSync(full);
}

function readInside(root, key) {
  const full = path.resolve(root, key);
  if (!full.startsWith(root + path.sep)) throw new Error('key escapes the store');
  // ok: js/path-traversal
  return fs.readFileSync(full);
}

function removeInside(root, key) {
  const full = path.join(root, key);
  if (!full.startsWith(`${root}/`)) throw new Error('key escapes the store');
  // ok: js/path-traversal
  return fs.unlinkSync(full);
}

function readStatic(name) {
  const full = path.resolve(STATIC_ROOT, name);
  if (!full.startsWith(STATIC_ROOT)) throw new Error('outside the static folder');
  // ok: js/path-traversal
  return fs.readFileSync(full, 'utf8');
}

module.exports = { readUnder, readInside, removeInside, readStatic };
