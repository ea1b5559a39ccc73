type Tree = Record<string, unknown>;

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;
const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

/** Reads a dotted path (`a.b.c`), walking the keys with reduce. */
export function getIn(source: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isTree(node) ? node[key] : undefined), source);
}

/** Writes the leaf of a dotted path below the parent getIn() finds: `__proto__.x` writes Object.prototype.x. */
export function setIn<T extends Tree>(target: T, path: string, value: unknown): T {
  const keys = path.split('.');
  const leaf = keys.pop() as string;
  const parent = keys.length === 0 ? target : getIn(target, keys.join('.'));
  if (!isTree(parent)) throw new Error('unknown section');
  // ruleid: js/prototype-pollution
  parent[leaf] = value;
  return target;
}

export function setInChecked<T extends Tree>(target: T, path: string, value: unknown): T {
  const keys = path.split('.');
  if (keys.some((k) => BLOCKED.has(k))) throw new Error('unsafe path');
  const leaf = keys.pop() as string;
  const parent = keys.length === 0 ? target : getIn(target, keys.join('.'));
  if (!isTree(parent)) throw new Error('unknown section');
  // ok: js/prototype-pollution
  parent[leaf] = value;
  return target;
}

/** A reduce that adds up, reaching no object: its result is no prototype. */
export function setCounted<T extends Tree>(target: T, path: string, value: unknown): T {
  const depth = path.split('.').reduce((n, key) => n + key.length, 0);
  const bucket = (target.buckets ?? {}) as Tree;
  // ok: js/prototype-pollution
  bucket[String(depth)] = value;
  return target;
}
