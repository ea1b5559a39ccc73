type Json = Record<string, any>;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// Deep-merges user preference patches into the stored preferences document.
export function deepMerge(target: Json, patch: Json): Json {
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    if (isObject(value)) {
      if (!isObject(target[key])) target[key] = {};
      deepMerge(target[key], value);
    } else {
      // vuln: CWE-1321
      target[key] = value;
    }
  }
  return target;
}

// Shallow copy of an allow-listed subset, used for clinic settings.
export function pickKnown(input: Json, allowed: readonly string[]): Json {
  const out: Json = {};
  for (const key of allowed) {
    if (Object.prototype.hasOwnProperty.call(input, key)) {
      // safe: CWE-1321
      out[key] = input[key];
    }
  }
  return out;
}
