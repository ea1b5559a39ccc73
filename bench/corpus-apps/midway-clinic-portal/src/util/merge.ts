type Plain = Record<string, any>;

const isObject = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Recursively merges `source` into `target` (arrays and scalars replace).
 * Used for the portal preference documents, which are nested JSON.
 */
export function mergeDeep(target: Plain, source: Plain): Plain {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (isObject(value)) {
      if (!isObject(target[key])) {
        target[key] = {};
      }
      mergeDeep(target[key], value);
    } else {
      // vuln: CWE-1321
      target[key] = value;
    }
  }
  return target;
}

const CONTACT_FIELDS = ['email', 'phone'] as const;

/** Copies only the known contact fields into a fresh object. */
export function pickContact(input: Plain): { email?: string; phone?: string } {
  const out: { email?: string; phone?: string } = {};
  for (const field of CONTACT_FIELDS) {
    if (typeof input[field] === 'string') {
      out[field] = input[field];
    }
  }
  return out;
}
