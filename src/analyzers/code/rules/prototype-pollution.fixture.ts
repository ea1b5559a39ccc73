// Hand-written deep-merge / clone / set-by-path helpers, as assistants write them into utils files.

type Dict = Record<string, any>;

export function deepMerge(target: Dict, source: Dict): Dict {
  for (const key in source) {
    if (source[key] && typeof source[key] === 'object' && !Array.isArray(source[key])) {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
      // ruleid: js/prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

export const mergeConfig = (base: Dict, overrides: Dict): Dict => {
  Object.keys(overrides).forEach((key) => {
    const value = overrides[key];
    if (isObject(value) && isObject(base[key])) {
      mergeConfig(base[key], value);
    } else {
      // ruleid: js/prototype-pollution
      base[key] = value;
    }
  });
  return base;
};

export function extend(target: Dict, ...sources: Dict[]): Dict {
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      // ruleid: js/prototype-pollution
      target[key] = isObject(value) ? extend(target[key] ?? {}, value) : value;
    }
  }
  return target;
}

export function assignDeep(target: Dict, ...sources: Dict[]): Dict {
  sources.forEach((source) => {
    for (const key in source) {
      if (isObject(source[key])) {
        assignDeep((target[key] = target[key] || {}), source[key]);
      } else {
        // ruleid: js/prototype-pollution
        target[key] = source[key];
      }
    }
  });
  return target;
}

export class SettingsStore {
  private data: Dict = {};

  merge(into: Dict, patch: Dict): Dict {
    for (const key of Object.keys(patch)) {
      if (isObject(patch[key])) {
        into[key] = into[key] || {};
        this.merge(into[key], patch[key]);
      } else {
        // ruleid: js/prototype-pollution
        into[key] = patch[key];
      }
    }
    return into;
  }
}

// set('a.b.c', value) by walking a dotted path
export function setByPath(obj: Dict, path: string, value: unknown): void {
  const keys = path.split('.');
  let current = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i];
    if (!current[key]) current[key] = {};
    current = current[key];
  }
  // ruleid: js/prototype-pollution
  current[keys[keys.length - 1]] = value;
}

export function assignPath(obj: Dict, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop() as string;
  let node = obj;
  for (const part of parts) {
    node[part] = node[part] ?? {};
    node = node[part];
  }
  // ruleid: js/prototype-pollution
  node[last] = value;
}

export const setIn = (obj: Dict, path: string, value: unknown) =>
  // ruleid: js/prototype-pollution
  path.split('.').reduce((o, k, i, arr) => (o[k] = i === arr.length - 1 ? value : o[k] || {}), obj);

export function setDeep(obj: Dict, keys: string[], value: unknown): void {
  let node: any = obj;
  for (const k of keys.slice(0, -1)) {
    node = node[k] ??= {};
  }
  // ruleid: js/prototype-pollution
  node[keys[keys.length - 1]] = value;
}

// Reads along a path without writing: fine.
export function getDeep(obj: Dict, keys: string[]): unknown {
  let node: any = obj;
  for (const k of keys) {
    node = node?.[k];
  }
  // ok: js/prototype-pollution
  return node;
}

// --- the same helpers with a key check: fine ---
export function safeDeepMerge(target: Dict, source: Dict): Dict {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (isObject(source[key])) {
      target[key] = safeDeepMerge(target[key] ?? {}, source[key]);
    } else {
      // ok: js/prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

// Rejecting "__proto__" alone: `{"constructor": {"prototype": {…}}}` descends into the inherited
// `target.constructor` (Object) and from there into Object.prototype.
export function fillDefaults(target: Dict, source: Dict): Dict {
  for (const key of Object.keys(source)) {
    if (key === '__proto__') continue;
    if (target[key] === undefined) {
      // ruleid: js/prototype-pollution
      target[key] = source[key];
    } else if (typeof target[key] === 'object' || typeof target[key] === 'function') {
      fillDefaults(target[key], source[key]);
    }
  }
  return target;
}

// The same with reads limited to the target's own properties: nothing inherited is walked into.
export function fillOwnDefaults(target: Dict, source: Dict): Dict {
  for (const key of Object.keys(source)) {
    if (key === '__proto__') continue;
    if (!Object.prototype.hasOwnProperty.call(target, key)) {
      // ok: js/prototype-pollution
      target[key] = source[key];
    } else if (isObject(target[key])) {
      fillOwnDefaults(target[key] as Dict, source[key] as Dict);
    }
  }
  return target;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function guardedMerge(target: Dict, source: Dict): Dict {
  for (const key in source) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    if (isObject(source[key])) guardedMerge((target[key] ??= {}), source[key]);
    // ok: js/prototype-pollution
    else target[key] = source[key];
  }
  return target;
}

function isUnsafeKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

export function safeSetByPath(obj: Dict, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = obj;
  for (const key of keys.slice(0, -1)) {
    if (isUnsafeKey(key)) throw new Error(`unsafe key ${key}`);
    cur[key] = cur[key] || {};
    cur = cur[key];
  }
  // ok: js/prototype-pollution
  cur[keys[keys.length - 1]] = value;
}

// A deny-list imported from another module, checked before each key is used.
import { specialProperties } from './special-properties';
export function setDotted(obj: Dict, path: string, val: unknown): void {
  const parts = path.split('.');
  const last = parts.pop() as string;
  let cur = obj;
  for (const part of parts) {
    if (specialProperties.has(part)) continue;
    if (cur[part] == null) cur[part] = {};
    cur = cur[part];
  }
  // ok: js/prototype-pollution
  if (!specialProperties.has(last)) cur[last] = val;
}

// `other.create()` is not recursion.
export class Association {
  target: any;
  create(instance: Dict, values: Dict): Promise<unknown> {
    for (const key of Object.keys(values)) {
      // ok: js/prototype-pollution
      instance[key] = values[key];
    }
    return this.target.create(instance);
  }
}

// Null-prototype targets with own-property checks.
export function cloneDict(source: Dict): Dict {
  const out = Object.create(null);
  for (const key in source) {
    if (!Object.prototype.hasOwnProperty.call(source, key)) continue;
    // ok: js/prototype-pollution
    out[key] = isObject(source[key]) ? cloneDict(source[key]) : source[key];
  }
  return out;
}

// Shallow copy: `target.__proto__ = x` changes one object's prototype, not Object.prototype.
export function shallowAssign(target: Dict, source: Dict): Dict {
  for (const key in source) {
    // ok: js/prototype-pollution
    target[key] = source[key];
  }
  return target;
}

// Recursion that builds a fresh object instead of writing into the caller's.
export function pickStrings(source: Dict): Dict {
  const result: Dict = {};
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'string') {
      // ok: js/prototype-pollution
      result[key] = value;
    } else if (isObject(value)) {
      Object.defineProperty(result, key, { value: pickStrings(value), enumerable: true });
    }
  }
  return result;
}

function isObject(v: unknown): v is Dict {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
