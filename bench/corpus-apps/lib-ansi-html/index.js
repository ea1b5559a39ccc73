export { toHtml, toText, escapeHtml } from './lib/render.js';
export { tokenize } from './lib/tokenize.js';
export { AnsiTerminal } from './lib/terminal.js';
