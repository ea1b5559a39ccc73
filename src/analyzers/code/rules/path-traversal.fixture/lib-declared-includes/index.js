'use strict';

const { declarations } = require('./lib/declarations');
const { expand, expandBuiltin } = require('./lib/expand');

// render(text, { baseDir }): `@include name "file"` lines declare includes, `{{name}}` inserts them.
function render(text, options = {}) {
  const decls = declarations(String(text));
  return expand(String(text), decls, options);
}

function renderBuiltin(text, options = {}) {
  return expandBuiltin(String(text), options);
}

module.exports = { render, renderBuiltin };
