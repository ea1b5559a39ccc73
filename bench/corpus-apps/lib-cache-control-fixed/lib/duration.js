// Human-readable durations for policy options ("10m", "2 hours", "1.5d"), in the manner of `ms`.

const S = 1000;
const M = S * 60;
const H = M * 60;
const D = H * 24;
const W = D * 7;
const Y = D * 365.25;

const UNITS = {
  ms: 1, msec: 1, msecs: 1, millisecond: 1, milliseconds: 1,
  s: S, sec: S, secs: S, second: S, seconds: S,
  m: M, min: M, mins: M, minute: M, minutes: M,
  h: H, hr: H, hrs: H, hour: H, hours: H,
  d: D, day: D, days: D,
  w: W, week: W, weeks: W,
  y: Y, yr: Y, yrs: Y, year: Y, years: Y,
};

/**
 * parseDuration('10 minutes') -> 600000; parseDuration(5000) -> 5000; undefined when unparsable.
 * Applications pass option values and query parameters such as `?ttl=2h` straight in.
 */
export function parseDuration(value) {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const str = String(value);
  if (str.length > 100) return undefined;
  // safe: CWE-1333
  const match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(str);
  if (!match) return undefined;
  const n = parseFloat(match[1]);
  const unit = (match[2] || 'ms').toLowerCase();
  return n * UNITS[unit];
}

/** formatDuration(90000) -> '1m' (rounded to the largest whole unit). */
export function formatDuration(ms) {
  const abs = Math.abs(ms);
  if (abs >= D) return `${Math.round(ms / D)}d`;
  if (abs >= H) return `${Math.round(ms / H)}h`;
  if (abs >= M) return `${Math.round(ms / M)}m`;
  if (abs >= S) return `${Math.round(ms / S)}s`;
  return `${ms}ms`;
}
