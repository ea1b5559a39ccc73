type Tree = Record<string, unknown>;

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;

/** Reads a dotted path ("checkout.defaultShipping") from a nested object. */
export function getIn(source: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isTree(node) ? node[key] : undefined), source);
}

/**
 * Writes a value at a dotted path. The parent section must already exist
 * (sections are seeded from DEFAULT_UI_PREFS), only the leaf is written.
 */
export function setIn<T extends Tree>(target: T, path: string, value: unknown): T {
  const keys = path.split('.');
  const leaf = keys.pop() as string;
  const parent = keys.length === 0 ? target : getIn(target, keys.join('.'));
  if (!isTree(parent)) {
    throw new Error(`Unknown preference section "${keys.join('.')}"`);
  }
  // vuln: CWE-1321
  parent[leaf] = value;
  return target;
}
