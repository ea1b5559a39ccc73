'use strict';

const { branch, branchSafe } = require('./lib/tree');

// `@server/http` switches the record later `key: value` lines go to; the switch carries over
// to the next lines through `continue`.
function load(text) {
  const out = {};
  let into = out;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('@')) {
      into = branch(out, line.slice(1).split('/'));
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 1) continue;
    // ruleid: js/prototype-pollution
    into[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return out;
}

function loadSafe(text) {
  const out = {};
  let into = out;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('@')) {
      into = branchSafe(out, line.slice(1).split('/'));
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 1) continue;
    // ok: js/prototype-pollution
    into[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return out;
}

module.exports = { load, loadSafe };
