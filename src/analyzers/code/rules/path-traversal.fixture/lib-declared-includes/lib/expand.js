'use strict';

const fs = require('fs');
const path = require('path');

const REFERENCE = /\{\{(\w+)\}\}/g;
const BUILTIN = new Map();
BUILTIN.set('license', { file: 'LICENSE.txt' });

function readInclude(file, options) {
  const full = path.resolve(options.baseDir || process.cwd(), file);
  // ruleid: js/path-traversal
  return fs.readFileSync(full, 'utf8');
}

// A file named by the document's own declaration: `@include x "../../.env"` reads any file.
function expand(text, decls, options) {
  return text.replace(REFERENCE, (whole, name) => {
    const decl = decls.includes.get(name);
    return decl ? readInclude(decl.file, options) : whole;
  });
}

function readBuiltin(file, options) {
  const full = path.resolve(options.baseDir || process.cwd(), file);
  // ok: js/path-traversal
  return fs.readFileSync(full, 'utf8');
}

// Only the package's own table: the document picks an entry, never a file name.
function expandBuiltin(text, options) {
  return text.replace(REFERENCE, (whole, name) => {
    const decl = BUILTIN.get(name);
    return decl ? readBuiltin(decl.file, options) : whole;
  });
}

module.exports = { expand, expandBuiltin };
