export { normalizeUrl, sameUrl, DEFAULTS } from './lib/normalize.js';
export { normalizeDataUrl, isDataUrl } from './lib/data-url.js';
export { normalizeUrl as default } from './lib/normalize.js';
