'use strict';
// A library package: the caller passes the root and a name below it (an icon chosen by a visitor).
const fs = require('fs');
const path = require('path');
const { stripParents, dropDots } = require('./lib/clean');

function inline(root, rel) {
  // ruleid: js/path-traversal
  return fs.readFileSync(path.join(path.resolve(root), stripParents(rel)), 'utf8');
}

function inlineDotless(root, rel) {
  // ok: js/path-traversal
  return fs.readFileSync(path.join(path.resolve(root), dropDots(rel)), 'utf8');
}

// The one-pass filter, then a containment check on the resolved path: the check is what protects.
function inlineInside(root, rel) {
  const base = path.resolve(root);
  const file = path.resolve(base, stripParents(rel));
  if (file !== base && !file.startsWith(base + path.sep)) throw new Error('outside of the asset root');
  // ok: js/path-traversal
  return fs.readFileSync(file, 'utf8');
}

module.exports = { inline, inlineDotless, inlineInside };
