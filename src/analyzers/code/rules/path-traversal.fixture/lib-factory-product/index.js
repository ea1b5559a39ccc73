'use strict';
// Factories whose products take the caller's later input.
const fs = require('fs');
const path = require('path');

function fileReader(root) {
  return function read(name) {
    // ruleid: js/path-traversal
    return fs.readFileSync(path.join(root, name), 'utf8');
  };
}

// `options.index` is a setting the developer chose when making the handler, not request data.
function staticIndex(root, options = {}) {
  const index = options.index || 'index.html';
  return function serve(req, res) {
    // ok: js/path-traversal
    fs.createReadStream(path.join(root, 'public', index)).pipe(res);
  };
}

function safeReader(root) {
  const base = path.resolve(root);
  return function read(name) {
    const file = path.resolve(base, name);
    if (!file.startsWith(base + path.sep)) throw new Error('outside of root');
    // ok: js/path-traversal
    return fs.readFileSync(file, 'utf8');
  };
}

module.exports = { fileReader, staticIndex, safeReader };
