'use strict';

const INCLUDE = /^@include\s+(\w+)\s+"([^"]*)"$/gm;

// The include table the document declares, kept in a Map inside the result.
function declarations(text) {
  const out = { includes: new Map() };
  for (const m of text.matchAll(INCLUDE)) {
    if (!out.includes.has(m[1])) out.includes.set(m[1], { name: m[1], file: m[2] });
  }
  return out;
}

module.exports = { declarations };
