/**
 * @typedef {{ type: 'root' }
 *   | { type: 'name', name: string }
 *   | { type: 'index', index: number }
 *   | { type: 'slice', start?: number, end?: number, step: number }
 *   | { type: 'wildcard' }
 *   | { type: 'descend' }
 *   | { type: 'filter', expr: string }
 *   | { type: 'script', expr: string }} Token
 */

const INTEGER = /^-?\d+$/;

function readBracket(path, i) {
  // returns [content, indexAfterClosingBracket]; quotes and nested parentheses are honoured
  let depth = 0;
  let quote = null;
  for (let j = i + 1; j < path.length; j++) {
    const ch = path[j];
    if (quote) {
      if (ch === '\\') j++;
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ']' && depth === 0) return [path.slice(i + 1, j).trim(), j + 1];
  }
  throw new SyntaxError(`Unterminated "[" at ${i} in ${path}`);
}

function bracketToken(content) {
  if (content === '*') return { type: 'wildcard' };
  if (content.startsWith('?(') && content.endsWith(')')) return { type: 'filter', expr: content.slice(2, -1) };
  if (content.startsWith('(') && content.endsWith(')')) return { type: 'script', expr: content.slice(1, -1) };
  const q = content[0];
  if ((q === "'" || q === '"') && content.endsWith(q)) return { type: 'name', name: content.slice(1, -1).replace(/\\(.)/g, '$1') };
  if (INTEGER.test(content)) return { type: 'index', index: Number(content) };
  if (content.includes(':')) {
    const [start, end, step] = content.split(':').map((s) => s.trim());
    const num = (s) => (s === undefined || s === '' ? undefined : Number.parseInt(s, 10));
    return { type: 'slice', start: num(start), end: num(end), step: num(step) || 1 };
  }
  return { type: 'name', name: content };
}

/**
 * Splits a JSONPath expression into tokens.
 * @param {string} path
 * @returns {Token[]}
 */
export function tokenize(path) {
  const src = String(path).trim();
  if (src[0] !== '$') throw new SyntaxError('A JSONPath starts with "$"');
  const tokens = [{ type: 'root' }];
  let i = 1;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '.' && src[i + 1] === '.') {
      tokens.push({ type: 'descend' });
      i += 2;
      if (src[i] === '[') continue;
    } else if (ch === '.') {
      i += 1;
    } else if (ch === '[') {
      const [content, next] = readBracket(src, i);
      tokens.push(bracketToken(content));
      i = next;
      continue;
    } else {
      throw new SyntaxError(`Unexpected "${ch}" at ${i} in ${src}`);
    }
    let j = i;
    while (j < src.length && src[j] !== '.' && src[j] !== '[') j++;
    const name = src.slice(i, j);
    if (name) tokens.push(name === '*' ? { type: 'wildcard' } : { type: 'name', name });
    i = j;
  }
  return tokens;
}
