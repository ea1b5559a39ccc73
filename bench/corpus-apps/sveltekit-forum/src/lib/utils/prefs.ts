export type Preferences = {
  theme: 'light' | 'dark' | 'system';
  notify: { mentions: boolean; replies: boolean; digest: boolean };
  postsPerPage: number;
};

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  notify: { mentions: true, replies: true, digest: false },
  postsPerPage: 25
};

const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Overlays stored preferences (JSON from the users table) on the defaults. */
export function mergePreferences<T extends Record<string, unknown>>(base: T, patch: unknown): T {
  const result: Record<string, unknown> = { ...base };
  if (!isPlainObject(patch)) return result as T;
  for (const key of Object.keys(patch)) {
    if (BLOCKED_KEYS.has(key) || !Object.hasOwn(base, key)) continue;
    const value = patch[key];
    // safe: CWE-1321
    result[key] = isPlainObject(base[key]) ? mergePreferences(base[key] as Record<string, unknown>, value) : value;
  }
  return result as T;
}
