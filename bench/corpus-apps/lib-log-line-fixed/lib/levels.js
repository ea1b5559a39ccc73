/**
 * Syslog-like severities, lowest first.
 */
export const LEVELS = Object.freeze({
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
});

/**
 * @param {string | number} level
 * @returns {number}
 */
export function levelValue(level) {
  if (typeof level === 'number' && Number.isFinite(level)) return level;
  const value = LEVELS[String(level).toLowerCase()];
  if (value === undefined) throw new TypeError(`linelog: unknown level "${level}"`);
  return value;
}

/** Upper-case label printed in text lines. */
export function levelLabel(value) {
  for (const [name, v] of Object.entries(LEVELS)) if (v === value) return name.toUpperCase();
  return `L${value}`;
}
