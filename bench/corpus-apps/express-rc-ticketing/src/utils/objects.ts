type Plain = Record<string, any>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Recursively merges `source` into `target`. Used to apply partial settings documents
 * ({ "checkout": { "holdMinutes": 15 } }) onto the stored settings of an event.
 */
export function deepMerge(target: Plain, source: Plain): Plain {
  for (const key of Object.keys(source)) {
    const incoming = source[key];
    if (isPlainObject(incoming)) {
      if (!isPlainObject(target[key])) target[key] = {};
      deepMerge(target[key], incoming);
    } else {
      // vuln: CWE-1321
      target[key] = incoming;
    }
  }
  return target;
}

const PUBLIC_SETTING_KEYS = ['showRemaining', 'waitlist', 'currency', 'timezone'] as const;

/** Copies only the keys an organizer may expose on the public event page. */
export function pickPublicSettings(settings: Plain): Plain {
  const out: Plain = {};
  for (const key of PUBLIC_SETTING_KEYS) {
    // safe: CWE-1321
    if (key in settings) out[key] = settings[key];
  }
  return out;
}
