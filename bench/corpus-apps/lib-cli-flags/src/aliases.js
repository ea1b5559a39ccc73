/**
 * Expands `{ v: 'verbose', o: ['out', 'output'] }` into a map from every name to all the names
 * of its group, so that setting one sets them all.
 * @param {Record<string, string|string[]>} [aliases]
 * @returns {Map<string, string[]>}
 */
export function aliasGroups(aliases = {}) {
  const groups = new Map();
  for (const [name, value] of Object.entries(aliases)) {
    const names = [name, ...(Array.isArray(value) ? value : [value])];
    const existing = names.flatMap((n) => groups.get(n) || []);
    const group = [...new Set([...existing, ...names])];
    for (const n of group) groups.set(n, group);
  }
  return groups;
}

/** Converts `dry-run` to `dryRun`. */
export function camelCase(name) {
  return name.replace(/-+([a-z0-9])/g, (m, c) => c.toUpperCase());
}
