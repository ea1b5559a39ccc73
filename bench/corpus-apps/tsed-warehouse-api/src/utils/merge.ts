export type Plain = Record<string, any>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Merges saved dashboard layouts: the client sends only the widgets it changed.
export function mergeDeep(target: Plain, source: Plain): Plain {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) target[key] = {};
      mergeDeep(target[key], value);
    } else {
      // vuln: CWE-1321
      target[key] = value;
    }
  }
  return target;
}

const ALLOWED_PREFS = ["theme", "density", "timezone", "defaultBay", "columns"] as const;

export function pickPreferences(input: Plain): Plain {
  const out: Plain = Object.create(null);
  for (const key of ALLOWED_PREFS) {
    if (Object.prototype.hasOwnProperty.call(input, key)) {
      // safe: CWE-1321
      out[key] = input[key];
    }
  }
  return out;
}
