// Two-level tables keyed by the caller's names: table[group][label] = entry.

// Every level is made without a prototype: `__proto__` is an ordinary key there.
export class BareTable {
  constructor() {
    this.groups = Object.create(null);
  }

  labels(group) {
    let labels = this.groups[group];
    if (labels === undefined) {
      labels = Object.create(null);
      this.groups[group] = labels;
    }
    return labels;
  }

  add(group, label, entry) {
    const labels = this.labels(group);
    // ok: js/prototype-pollution
    labels[label] = entry;
  }

  reset() {
    this.groups = { __proto__: null };
  }
}

// The same table with ordinary objects: `group = '__proto__'` reaches Object.prototype.
export class PlainTable {
  constructor() {
    this.groups = {};
  }

  labels(group) {
    let labels = this.groups[group];
    if (labels === undefined) {
      labels = {};
      this.groups[group] = labels;
    }
    return labels;
  }

  add(group, label, entry) {
    const labels = this.labels(group);
    // ruleid: js/prototype-pollution
    labels[label] = entry;
  }
}

// Only the top level lacks a prototype; the level below is an ordinary object.
export function mixedLevels(group, label, entry) {
  const top = Object.create(null);
  let labels = top[group];
  if (!labels) {
    labels = {};
    top[group] = labels;
  }
  const slot = labels[label];
  // ruleid: js/prototype-pollution
  slot[entry.key] = entry;
  return top;
}
