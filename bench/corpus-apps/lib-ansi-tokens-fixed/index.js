export { stripAnsi, hasAnsi } from './src/strip.js';
export { visibleWidth, truncate } from './src/width.js';
export { tokenize, toSpans } from './src/tokenize.js';
