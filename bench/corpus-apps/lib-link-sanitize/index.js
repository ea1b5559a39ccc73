export { sanitizeUrl, BLANK_URL } from './lib/sanitize.js';
export { setLink, renderLink, setImage, setText } from './lib/dom.js';
export { escapeHtml, escapeAttr } from './lib/escape.js';
