'use strict';

// Walks (and creates) the tables a header names; `__proto__` walks into Object.prototype.
function descend(root, parts) {
  let node = root;
  for (const part of parts) {
    // (A set-by-path helper of its own, reported as such.)
    // ruleid: js/prototype-pollution
    if (node[part] === undefined) node[part] = {};
    node = node[part];
  }
  return node;
}

function parse(text) {
  const root = {};
  for (const line of text.split('\n')) {
    const m = /^\[\[(.+)\]\]$/.exec(line.trim());
    if (!m) continue;
    const parts = m[1].split('.');
    const last = parts.pop();
    const parent = descend(root, parts);
    // A slot filled and left on a table reached by the document's keys: the write itself.
    if (parent[last] === undefined) {
      // ruleid: js/prototype-pollution
      parent[last] = [];
    }
    parent[last].push({});
  }
  return root;
}

module.exports = { parse };
