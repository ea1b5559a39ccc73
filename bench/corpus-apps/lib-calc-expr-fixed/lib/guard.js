'use strict';

// 1.3.1: an allowlist tokeniser replaces the word blocklist. Only numbers, operators,
// parentheses, commas and known identifiers are accepted; the output is rebuilt from tokens.
const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z_]\w*)|(\*\*|<=|>=|==|!=|&&|\|\||[-+*/%(),<>?:!]))/y;

/**
 * Checks the expression token by token and returns the JavaScript source to compile.
 * Identifiers must be in `allowed` and are emitted as `$["name"]` lookups.
 * @param {string} expr normalised expression
 * @param {Set<string>} allowed builtin and variable names
 */
function toSafeSource(expr, allowed) {
  const out = [];
  let pos = 0;
  let depth = 0;
  while (pos < expr.length) {
    if (/^\s*$/.test(expr.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(expr);
    if (!m) throw new SyntaxError(`Unexpected character at ${pos}: ${expr[pos]}`);
    pos = TOKEN.lastIndex;
    if (m[1] !== undefined) {
      out.push(String(Number(m[1])));
    } else if (m[2] !== undefined) {
      if (!allowed.has(m[2])) throw new ReferenceError(`Unknown name: ${m[2]}`);
      out.push(`$[${JSON.stringify(m[2])}]`);
    } else {
      if (m[3] === '(') depth++;
      if (m[3] === ')' && --depth < 0) throw new SyntaxError('Unbalanced parentheses');
      out.push(m[3]);
    }
  }
  if (depth !== 0) throw new SyntaxError('Unbalanced parentheses');
  return out.join(' ');
}

module.exports = { toSafeSource };
