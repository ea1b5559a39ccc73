'use strict';

const common = require('../common');

/**
 * Writes `value` at `parts` below `target`, creating intermediate objects on the way.
 * Returns the (possibly new) container so callers can replace non-object roots.
 */
function assignPath(target, parts, value) {
  const [head, ...rest] = parts;
  const container = common.isPlainObject(target) ? target : {};
  if (common.isUnsafeKey(head)) return container;
  // safe: CWE-1321
  container[head] = rest.length === 0 ? value : assignPath(container[head], rest, value);
  return container;
}

/**
 * Deep-merges `source` into `target`: nested plain objects are merged, everything else
 * (arrays included) replaces what was there.
 */
function mergeInto(target, source) {
  for (const k of Object.keys(source)) {
    if (common.isUnsafeKey(k)) continue;
    const incoming = source[k];
    const next = common.isPlainObject(incoming)
      ? mergeInto(common.isPlainObject(target[k]) ? target[k] : {}, incoming)
      : incoming;
    // safe: CWE-1321
    target[k] = next;
  }
  return target;
}

class Memory {
  constructor(options = {}) {
    this.type = 'memory';
    this.store = {};
    this.readOnly = Boolean(options.readOnly);
    this.separator = options.separator || common.DEFAULT_SEPARATOR;
    this.parseValues = Boolean(options.parseValues);
  }

  get(key) {
    let target = this.store;
    for (const part of common.path(key, this.separator)) {
      // safe: CWE-1321
      if (!common.isPlainObject(target) || !Object.prototype.hasOwnProperty.call(target, part)) {
        return undefined;
      }
      target = target[part];
    }
    return target;
  }

  set(key, value) {
    if (this.readOnly) return false;
    const parts = common.path(key, this.separator);
    const coerced = this.parseValues ? common.coerce(value) : value;
    if (parts.length === 0) {
      this.store = common.isPlainObject(coerced) ? coerced : {};
      return true;
    }
    this.store = assignPath(this.store, parts, coerced);
    return true;
  }

  merge(key, value) {
    if (this.readOnly) return false;
    if (!common.isPlainObject(value)) return this.set(key, value);
    const existing = this.get(key);
    if (common.isPlainObject(existing)) {
      mergeInto(existing, value);
      return true;
    }
    return this.set(key, mergeInto({}, value));
  }

  clear(key) {
    if (this.readOnly) return false;
    const parts = common.path(key, this.separator);
    const last = parts.pop();
    const parent = parts.length ? this.get(parts.join(this.separator)) : this.store;
    if (common.isPlainObject(parent) && Object.prototype.hasOwnProperty.call(parent, last)) {
      delete parent[last];
      return true;
    }
    return false;
  }

  reset() {
    if (this.readOnly) return false;
    this.store = {};
    return true;
  }

  loadSync() {
    return this.store;
  }
}

module.exports = { Memory, assignPath, mergeInto };
