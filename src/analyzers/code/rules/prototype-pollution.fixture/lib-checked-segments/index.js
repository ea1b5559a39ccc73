// A library package: the dotted path comes from the caller.
const { isPlainSegment, isShortSegment } = require('./lib/segment-rules');

function assignChecked(tree, dotted, value) {
  const parts = String(dotted).split('.');
  // Every segment passes the other module's check before any is used.
  if (!parts.every(isPlainSegment)) return tree;
  let at = tree;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    if (typeof at[part] !== 'object' || at[part] === null) at[part] = {};
    at = at[part];
  }
  // ok: js/prototype-pollution
  at[parts[parts.length - 1]] = value;
  return tree;
}

function assignLengthChecked(tree, dotted, value) {
  const parts = String(dotted).split('.');
  // A length check says nothing about `__proto__`.
  if (!parts.every(isShortSegment)) return tree;
  let at = tree;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    if (typeof at[part] !== 'object' || at[part] === null) at[part] = {};
    at = at[part];
  }
  // ruleid: js/prototype-pollution
  at[parts[parts.length - 1]] = value;
  return tree;
}

module.exports = { assignChecked, assignLengthChecked };
