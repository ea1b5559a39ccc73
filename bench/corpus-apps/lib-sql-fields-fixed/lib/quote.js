/** Double-quoted SQL identifier; embedded quotes are doubled, `a.b` becomes `"a"."b"`. */
export function quoteIdent(name) {
  return String(name)
    .split('.')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');
}

export function toInt(value, fallback, max) {
  const n = Number.parseInt(String(value ?? ''), 10);
  if (!Number.isFinite(n) || n < 0) return fallback;
  return max ? Math.min(n, max) : n;
}
