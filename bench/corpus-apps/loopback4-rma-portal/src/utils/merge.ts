type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// Used for dealer preference documents (nested notification / layout settings).
export function deepMerge(target: Json, source: Json): Json {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (isObject(value)) {
      if (!isObject(target[key])) target[key] = {};
      deepMerge(target[key] as Json, value);
    } else {
      // vuln: CWE-1321
      target[key] = value;
    }
  }
  return target;
}

const ALLOWED_LAYOUT_KEYS = new Set(['density', 'theme', 'columns', 'pageSize']);

export function pickLayout(input: Json): Json {
  const out: Json = Object.create(null);
  for (const key of Object.keys(input)) {
    if (ALLOWED_LAYOUT_KEYS.has(key)) {
      // safe: CWE-1321
      out[key] = input[key];
    }
  }
  return out;
}
