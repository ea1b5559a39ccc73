// Patterns assembled from named pieces, the way grammar-like formats are written down.
const YEAR = '(\\d{4})';
const SEGMENT = '[A-Z0-9]+';

// A run of segments, each with an optional dash: `SEGMENT` runs can split many ways.
export const LOOSE_CODE = new RegExp(`^${YEAR}/` + `((?:${SEGMENT}-?)*)$`);

// Segments separated by a required dash: one way to split.
export const STRICT_CODE = new RegExp(`^${YEAR}/` + `(${SEGMENT}(?:-${SEGMENT})*)$`);
