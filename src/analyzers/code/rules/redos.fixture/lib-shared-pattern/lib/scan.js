import { MARKER, MARKER_SAFE } from './grammar.js';

// A fresh copy of the shared pattern per call, so lastIndex never leaks between callers.
export function markers(input) {
  const re = new RegExp(MARKER.source, 'g');
  const found = [];
  let m;
  // ruleid: js/redos
  while ((m = re.exec(input)) !== null) found.push(m[1].split(','));
  return found;
}

export function markersSafe(input) {
  const re = new RegExp(MARKER_SAFE.source, MARKER_SAFE.flags);
  const found = [];
  let m;
  // ok: js/redos
  while ((m = re.exec(input)) !== null) found.push(m[1].split(','));
  return found;
}
