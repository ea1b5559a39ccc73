'use strict';

const { helpers } = require('./context');

/** Names a condition may read (filled from the request context). */
const VARIABLES = new Set(['url', 'host', 'port', 'protocol', 'path']);

/** Functions a condition may call. */
const FUNCTIONS = new Set(Object.keys(helpers));

const MAX_LENGTH = 2000;

/**
 * Splits a condition into tokens: strings, numbers, names and the operators
 * `( ) , ! && || == != === !== < <= > >=`.
 * @param {string} text
 */
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i += 1;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\\' && j + 1 < text.length) j += 1;
        value += text[j];
        j += 1;
      }
      if (j >= text.length) throw new SyntaxError('unterminated string in rule condition');
      tokens.push({ type: 'str', value });
      i = j + 1;
    } else if (c >= '0' && c <= '9') {
      let j = i;
      while (j < text.length && text[j] >= '0' && text[j] <= '9') j += 1;
      tokens.push({ type: 'num', value: Number(text.slice(i, j)) });
      i = j;
    } else if (/[A-Za-z_$]/.test(c)) {
      let j = i;
      while (j < text.length && /[A-Za-z0-9_$]/.test(text[j])) j += 1;
      tokens.push({ type: 'name', value: text.slice(i, j) });
      i = j;
    } else {
      const op = ['===', '!==', '==', '!=', '<=', '>=', '&&', '||', '(', ')', ',', '!', '<', '>']
        .find((o) => text.startsWith(o, i));
      if (!op) throw new SyntaxError(`unexpected character "${c}" in rule condition`);
      tokens.push({ type: 'op', value: op });
      i += op.length;
    }
  }
  return tokens;
}

/**
 * Recursive-descent parser for the condition grammar:
 *   or := and ('||' and)* ; and := not ('&&' not)* ; not := '!' not | cmp
 *   cmp := atom (('=='|'!='|'==='|'!=='|'<'|'<='|'>'|'>=') atom)?
 *   atom := string | number | true | false | variable | helper '(' args ')' | '(' or ')'
 * Member access, assignment and any name outside the allow-lists are syntax errors.
 * @param {{ type: string, value: any }[]} tokens
 */
function parse(tokens) {
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v) => peek() && peek().type === 'op' && peek().value === v;
  const expect = (v) => {
    if (!isOp(v)) throw new SyntaxError(`expected "${v}" in rule condition`);
    pos += 1;
  };

  function atom() {
    const t = tokens[pos++];
    if (!t) throw new SyntaxError('unexpected end of rule condition');
    if (t.type === 'str' || t.type === 'num') return { kind: 'lit', value: t.value };
    if (t.type === 'op' && t.value === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (t.type === 'name') {
      if (t.value === 'true' || t.value === 'false') return { kind: 'lit', value: t.value === 'true' };
      if (isOp('(')) {
        if (!FUNCTIONS.has(t.value)) throw new SyntaxError(`unknown function: ${t.value}`);
        pos += 1;
        const args = [];
        if (!isOp(')')) {
          args.push(or());
          while (isOp(',')) {
            pos += 1;
            args.push(or());
          }
        }
        expect(')');
        return { kind: 'call', name: t.value, args };
      }
      if (!VARIABLES.has(t.value)) throw new SyntaxError(`unknown name: ${t.value}`);
      return { kind: 'var', name: t.value };
    }
    throw new SyntaxError(`unexpected "${t.value}" in rule condition`);
  }

  function cmp() {
    const left = atom();
    const t = peek();
    if (t && t.type === 'op' && ['==', '!=', '===', '!==', '<', '<=', '>', '>='].includes(t.value)) {
      pos += 1;
      return { kind: 'cmp', op: t.value, left, right: atom() };
    }
    return left;
  }

  function not() {
    if (isOp('!')) {
      pos += 1;
      return { kind: 'not', arg: not() };
    }
    return cmp();
  }

  function and() {
    let node = not();
    while (isOp('&&')) {
      pos += 1;
      node = { kind: 'and', left: node, right: not() };
    }
    return node;
  }

  function or() {
    let node = and();
    while (isOp('||')) {
      pos += 1;
      node = { kind: 'or', left: node, right: and() };
    }
    return node;
  }

  const ast = or();
  if (pos !== tokens.length) throw new SyntaxError(`unexpected "${tokens[pos].value}" in rule condition`);
  return ast;
}

/** Evaluates a parsed condition against a request context. */
function evaluate(node, context) {
  switch (node.kind) {
    case 'lit':
      return node.value;
    case 'var':
      return context[node.name];
    case 'call':
      return helpers[node.name](...node.args.map((a) => evaluate(a, context)));
    case 'not':
      return !evaluate(node.arg, context);
    case 'and':
      return evaluate(node.left, context) && evaluate(node.right, context);
    case 'or':
      return evaluate(node.left, context) || evaluate(node.right, context);
    case 'cmp': {
      const l = evaluate(node.left, context);
      const r = evaluate(node.right, context);
      switch (node.op) {
        case '==':
        case '===':
          return l === r;
        case '!=':
        case '!==':
          return l !== r;
        case '<':
          return l < r;
        case '<=':
          return l <= r;
        case '>':
          return l > r;
        default:
          return l >= r;
      }
    }
    default:
      throw new Error(`bad node: ${node.kind}`);
  }
}

/**
 * Compiles a rule condition written in PAC syntax into a predicate over a request context.
 * The condition is parsed once into a small syntax tree (comparisons, `!`, `&&`, `||`, the
 * request variables and the PAC helpers) and interpreted; nothing is run as JavaScript.
 *
 * @param {string} source condition text
 * @param {{ timeout?: number }} [options] accepted for compatibility; evaluation is bounded by
 *   the size of the condition
 * @returns {(context: object) => boolean}
 */
function compileExpression(source, options = {}) {
  const text = String(source == null ? '' : source).trim();
  if (!text) throw new SyntaxError('empty rule condition');
  if (text.length > MAX_LENGTH) throw new SyntaxError('rule condition too long');
  void options;
  const ast = parse(tokenize(text));
  return function test(context) {
    // safe: CWE-94
    return Boolean(evaluate(ast, context));
  };
}

module.exports = { compileExpression };
