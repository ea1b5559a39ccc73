type Json = Record<string, unknown>;

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepMerge(target: Json, patch: Json): Json {
  for (const key of Object.keys(patch)) {
    const incoming = patch[key];
    if (isPlainObject(incoming) && isPlainObject(target[key])) {
      deepMerge(target[key] as Json, incoming);
    } else {
      // vuln: CWE-1321
      target[key] = incoming;
    }
  }
  return target;
}

const NOTIFICATION_KEYS = ['orderPlaced', 'orderRefunded', 'lowStock', 'dailyDigest'] as const;

export function mergeNotificationPrefs(current: Json, patch: unknown): Json {
  const next: Json = { ...current };
  if (!isPlainObject(patch)) return next;
  for (const key of NOTIFICATION_KEYS) {
    if (typeof patch[key] === 'boolean') {
      // safe: CWE-1321
      next[key] = patch[key];
    }
  }
  return next;
}
