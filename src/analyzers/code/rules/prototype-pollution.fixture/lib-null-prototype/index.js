// A library package: the dotted names come from the caller's options.
const MARK = Symbol('mark');

// Every level is a prototype-less object: "__proto__" or "constructor" is an own, missing key there.
function indexNames({ names }) {
  const root = Object.create(null);
  for (const name of names) {
    let node = root;
    for (const segment of name.split('.')) {
      // ok: js/prototype-pollution
      node = node[segment] ||= Object.create(null);
    }
    node[MARK] = true;
  }
  return root;
}

// The same walk filling the levels with plain objects: in "a.__proto__.x" the second segment reaches Object.prototype.
function indexValues({ names }, value) {
  const root = Object.create(null);
  for (const name of names) {
    const parts = name.split('.');
    let node = root;
    for (let i = 0; i < parts.length - 1; i++) {
      const segment = parts[i];
      if (!node[segment]) node[segment] = {};
      node = node[segment];
    }
    // ruleid: js/prototype-pollution
    node[parts[parts.length - 1]] = value;
  }
  return root;
}

module.exports = { indexNames, indexValues };
