type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepMerge(target: Plain, source: Plain): Plain {
  for (const key of Object.keys(source)) {
    const incoming = source[key];
    if (isPlain(incoming)) {
      if (!isPlain(target[key])) target[key] = {};
      deepMerge(target[key] as Plain, incoming);
    } else {
      // vuln: CWE-1321
      target[key] = incoming;
    }
  }
  return target;
}

const NOTIFICATION_KEYS = new Set(['email', 'sms', 'reminderHours', 'marketing']);

export function mergeNotificationSettings(current: Plain, changes: Plain): Plain {
  const next: Plain = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (!NOTIFICATION_KEYS.has(key)) continue;
    // safe: CWE-1321
    next[key] = value;
  }
  return next;
}
