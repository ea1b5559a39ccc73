/*
 * Filter (`?(…)`) and script (`(…)`) expressions are parsed with a small grammar and evaluated
 * over the data. Nothing is compiled: an expression can only read own properties of the
 * current node, the root and the `sandbox` option, and combine them with operators.
 *
 *   expr    := or
 *   or      := and ('||' and)*
 *   and     := cmp ('&&' cmp)*
 *   cmp     := sum (('=='|'==='|'!='|'!=='|'<'|'<='|'>'|'>=') sum)?
 *   sum     := product (('+'|'-') product)*
 *   product := unary (('*'|'/'|'%') unary)*
 *   unary   := ('!'|'-') unary | primary
 *   primary := number | string | true | false | null | '(' expr ')' | ref
 *   ref     := ('@' | '$' | '@parent' | '@property' | name) ('.' name | '[' expr ']')*
 */

const PUNCT = ['===', '!==', '==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '+', '-', '*', '/', '%', '(', ')', '[', ']', '.'];
const isDigit = (c) => c >= '0' && c <= '9';
const isNameChar = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c === '_' || c === '$' || c === '@';

function lex(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n') {
      i++;
    } else if (isDigit(c)) {
      let j = i;
      while (j < src.length && (isDigit(src[j]) || src[j] === '.')) j++;
      tokens.push({ t: 'lit', v: Number(src.slice(i, j)) });
      i = j;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\') j++;
        s += src[j++];
      }
      if (j >= src.length) throw new SyntaxError(`Unterminated string in ${src}`);
      tokens.push({ t: 'lit', v: s });
      i = j + 1;
    } else if (isNameChar(c)) {
      let j = i;
      while (j < src.length && isNameChar(src[j])) j++;
      tokens.push({ t: 'name', v: src.slice(i, j) });
      i = j;
    } else {
      const p = PUNCT.find((op) => src.startsWith(op, i));
      if (!p) throw new SyntaxError(`Unexpected "${c}" in filter ${src}`);
      tokens.push({ t: 'op', v: p });
      i += p.length;
    }
  }
  return tokens;
}

function parse(src) {
  const tokens = lex(String(src));
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (...ops) => peek() && peek().t === 'op' && ops.includes(peek().v);
  const expect = (op) => {
    if (!isOp(op)) throw new SyntaxError(`Expected "${op}" in filter ${src}`);
    pos++;
  };
  const binary = (next, ops) => () => {
    let left = next();
    while (isOp(...ops)) {
      const op = tokens[pos++].v;
      left = { k: 'bin', op, left, right: next() };
    }
    return left;
  };
  const primary = () => {
    const tok = tokens[pos++];
    if (!tok) throw new SyntaxError(`Unexpected end of filter ${src}`);
    if (tok.t === 'lit') return { k: 'lit', v: tok.v };
    if (tok.t === 'op' && tok.v === '(') {
      const e = or();
      expect(')');
      return e;
    }
    if (tok.t !== 'name') throw new SyntaxError(`Unexpected "${tok.v}" in filter ${src}`);
    if (tok.v === 'true' || tok.v === 'false') return { k: 'lit', v: tok.v === 'true' };
    if (tok.v === 'null') return { k: 'lit', v: null };
    let node = { k: 'var', name: tok.v };
    for (;;) {
      if (isOp('.')) {
        pos++;
        const name = tokens[pos++];
        if (!name || name.t !== 'name') throw new SyntaxError(`Expected a property name in filter ${src}`);
        node = { k: 'get', obj: node, key: { k: 'lit', v: name.v } };
      } else if (isOp('[')) {
        pos++;
        const key = or();
        expect(']');
        node = { k: 'get', obj: node, key };
      } else {
        return node;
      }
    }
  };
  const unary = () => {
    if (isOp('!', '-')) {
      const op = tokens[pos++].v;
      return { k: 'un', op, arg: unary() };
    }
    return primary();
  };
  const product = binary(unary, ['*', '/', '%']);
  const sum = binary(product, ['+', '-']);
  const cmp = binary(sum, ['===', '!==', '==', '!=', '<=', '>=', '<', '>']);
  const and = binary(cmp, ['&&']);
  const or = binary(and, ['||']);
  const tree = or();
  if (pos !== tokens.length) throw new SyntaxError(`Unexpected "${peek().v}" in filter ${src}`);
  return tree;
}

const own = (obj, key) => obj !== null && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, key);

function read(obj, key) {
  if (typeof obj === 'string' || Array.isArray(obj)) {
    if (key === 'length') return obj.length;
  }
  return own(obj, key) ? obj[key] : undefined;
}

const BINARY = {
  '===': (a, b) => a === b,
  '!==': (a, b) => a !== b,
  '==': (a, b) => a == b, // eslint-disable-line eqeqeq
  '!=': (a, b) => a != b, // eslint-disable-line eqeqeq
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '%': (a, b) => a % b,
};

function run(tree, scope) {
  switch (tree.k) {
    case 'lit':
      return tree.v;
    case 'var':
      return read(scope, tree.name);
    case 'get':
      return read(run(tree.obj, scope), run(tree.key, scope));
    case 'un':
      return tree.op === '!' ? !run(tree.arg, scope) : -run(tree.arg, scope);
    case 'bin':
      if (tree.op === '&&') return run(tree.left, scope) && run(tree.right, scope);
      if (tree.op === '||') return run(tree.left, scope) || run(tree.right, scope);
      return BINARY[tree.op](run(tree.left, scope), run(tree.right, scope));
    default:
      throw new Error(`Unknown node ${tree.k}`);
  }
}

const cache = new Map();

/**
 * Evaluates one filter (`?(…)`) or script (`(…)`) expression for one node.
 * @param {string} expr        the expression text from the JSONPath
 * @param {{ value: unknown, parent: unknown, property: string|number, path: (string|number)[], root: unknown }} node
 * @param {Required<import('./options.js').QueryOptions>} options
 * @returns {unknown}
 */
export function evaluate(expr, node, options) {
  const scope = {
    ...options.sandbox,
    $: node.root,
    '@': node.value,
    '@parent': node.parent,
    '@property': node.property,
    '@path': '$' + node.path.map((k) => `[${JSON.stringify(k)}]`).join(''),
  };
  let tree = cache.get(expr);
  if (!tree) {
    tree = parse(expr);
    cache.set(expr, tree);
  }
  // safe: CWE-94
  return run(tree, scope);
}
