// A package that promises to evaluate untrusted formulas safely: its callers hand it what their
// users typed, so an expression that escapes into JavaScript is the package's flaw.
const FORBIDDEN = /\b(require|process|constructor|Function|eval|this|new|import)\b/;

function evaluate(expression, scope = {}) {
  // A word blocklist over the text: `abs['constr' + 'uctor']` rebuilds any word.
  if (FORBIDDEN.test(expression)) throw new Error('forbidden word');
  // ruleid: js/code-injection
  const fn = new Function('scope', 'with (scope) { return (' + expression + '); }');
  return fn(scope);
}

// Tokens by an allow-list: numbers and operators pass through, names become lookups.
const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_]\w*)|(\*\*|<=|>=|==|!=|&&|\|\||[-+*/%(),<>?:!]))/y;

function toSource(expression, names) {
  const allowed = new Set(names);
  const out = [];
  let pos = 0;
  while (pos < expression.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(expression);
    if (!m) throw new SyntaxError(`unexpected character at ${pos}`);
    pos = TOKEN.lastIndex;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) {
      if (!allowed.has(m[2])) throw new ReferenceError(`unknown name: ${m[2]}`);
      out.push(`$[${JSON.stringify(m[2])}]`);
    }
    else out.push(m[3]);
  }
  return out.join(' ');
}

function evaluateStrict(expression, scope = {}) {
  // ok: js/code-injection
  const fn = new Function('$', '"use strict"; return (' + toSource(expression, Object.keys(scope)) + ');');
  return fn(scope);
}

module.exports = { evaluate, evaluateStrict };
