export type PlainObject = Record<string, unknown>;

export const isPlainObject = (value: unknown): value is PlainObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Recursively merges `source` into `target` (mutates and returns target).
 * Arrays and scalars from `source` replace whatever is in `target`.
 */
export function deepMerge<T extends PlainObject>(target: T, source: PlainObject): T {
  for (const key of Object.keys(source)) {
    const incoming = source[key];
    const existing = (target as PlainObject)[key];
    if (isPlainObject(incoming) && isPlainObject(existing)) {
      deepMerge(existing, incoming);
    } else {
      // vuln: CWE-1321
      (target as PlainObject)[key] = incoming;
    }
  }
  return target;
}

/**
 * Returns a copy of `defaults` where every known key present in `patch` is overridden.
 * Unknown keys in `patch` are ignored.
 */
export function overrideKnown<T extends PlainObject>(defaults: T, patch: PlainObject): T {
  const result: PlainObject = { ...defaults };
  for (const key of Object.keys(defaults)) {
    if (Object.prototype.hasOwnProperty.call(patch, key) && patch[key] !== undefined) {
      // safe: CWE-1321
      result[key] = patch[key];
    }
  }
  return result as T;
}
