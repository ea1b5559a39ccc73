'use strict';

function toSegments(path) {
  if (Array.isArray(path)) return path.map(String);
  return String(path).replace(/\[(\w+)\]/g, '.$1').split('.').filter(Boolean);
}

/** Reads the value at `path`, or `fallback`. */
function get(obj, path, fallback) {
  let current = obj;
  for (const segment of toSegments(path)) {
    // safe: CWE-1321
    if (current == null || !Object.prototype.hasOwnProperty.call(current, segment)) return fallback;
    current = current[segment];
  }
  return current === undefined ? fallback : current;
}

/** Sets `value` at `path`, creating intermediate objects and arrays. */
function set(obj, path, value) {
  const segments = toSegments(path);
  let current = obj;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const existing = current[segment];
    let next = value;
    if (i < segments.length - 1) {
      next = existing !== null && typeof existing === 'object' ? existing : /^\d+$/.test(segments[i + 1]) ? [] : {};
    }
    // vuln: CWE-1321
    current[segment] = next;
    current = next;
  }
  return obj;
}

/** Deletes the value at `path`; returns whether something was deleted. */
function del(obj, path) {
  const segments = toSegments(path);
  const last = segments.pop();
  const parent = get(obj, segments);
  if (parent == null || !Object.prototype.hasOwnProperty.call(parent, last)) return false;
  return delete parent[last];
}

module.exports = { get, set, del };
