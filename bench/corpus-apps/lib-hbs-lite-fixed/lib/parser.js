'use strict';

const { tokenize } = require('./tokenizer');
const { TemplateError } = require('./errors');

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const SEGMENT_SPLIT = /[./]/;

function isSpace(ch) {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/** Lexes the inside of a mustache: paths, literals, `key=` hash keys and parentheses. */
function lexExpression(src, offset) {
  const out = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (isSpace(ch)) { i++; continue; }
    if (ch === '(' || ch === ')') { out.push({ t: ch }); i++; continue; }
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      let value = '';
      while (j < src.length && src[j] !== ch) {
        if (src[j] === '\\' && j + 1 < src.length) j++;
        value += src[j];
        j++;
      }
      if (j >= src.length) throw new TemplateError('Unterminated string literal', offset);
      out.push({ t: 'literal', v: value });
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < src.length && !isSpace(src[j]) && src[j] !== '(' && src[j] !== ')' && src[j] !== '=') j++;
    const word = src.slice(i, j);
    if (word === '') throw new TemplateError(`Unexpected "${ch}"`, offset);
    i = j;
    if (src[i] === '=') {
      out.push({ t: 'key', v: word });
      i++;
      continue;
    }
    if (NUMBER.test(word)) out.push({ t: 'literal', v: Number(word) });
    else if (word === 'true' || word === 'false') out.push({ t: 'literal', v: word === 'true' });
    else if (word === 'null') out.push({ t: 'literal', v: null });
    else if (word === 'undefined') out.push({ t: 'literal', v: undefined });
    else out.push({ t: 'path', v: parsePath(word, offset) });
  }
  return out;
}

/** `this`, `.`, `../name`, `@index`, `@root.user.name`, `person.address/city` */
function parsePath(original, offset) {
  let rest = original;
  let data = false;
  let depth = 0;
  if (rest.charAt(0) === '@') {
    data = true;
    rest = rest.slice(1);
  }
  while (rest.startsWith('../')) {
    depth++;
    rest = rest.slice(3);
  }
  const parts = [];
  for (const part of rest.split(SEGMENT_SPLIT)) {
    if (part === '' || part === 'this' || part === '.') continue;
    if (part === '..') throw new TemplateError(`Invalid path: ${original}`, offset);
    parts.push(part);
  }
  return { original, data, depth, parts };
}

/** Turns a lexed mustache into `{ head, params, hash }`, recursing into `( … )` subexpressions. */
function parseCall(tokens, offset) {
  let index = 0;
  function item() {
    const token = tokens[index++];
    if (!token) throw new TemplateError('Unexpected end of expression', offset);
    if (token.t === 'literal') return { type: 'literal', value: token.v };
    if (token.t === 'path') return { type: 'path', path: token.v };
    if (token.t === '(') {
      const inner = call(')');
      return { type: 'sub', call: inner };
    }
    throw new TemplateError(`Unexpected token ${token.t}`, offset);
  }
  function call(terminator) {
    const head = item();
    const params = [];
    const hash = {};
    while (index < tokens.length && tokens[index].t !== terminator) {
      if (tokens[index].t === 'key') {
        const key = tokens[index++].v;
        hash[key] = item();
      } else {
        params.push(item());
      }
    }
    if (terminator === ')') {
      if (!tokens[index]) throw new TemplateError('Unclosed subexpression', offset);
      index++;
    }
    return { head, params, hash };
  }
  const result = call(undefined);
  if (index < tokens.length) throw new TemplateError('Trailing tokens in expression', offset);
  return result;
}

function parseExpression(expr, offset) {
  return parseCall(lexExpression(expr, offset), offset);
}

/** Builds the program tree: Text, Mustache, Block (with program / inverse) and Partial nodes. */
function parse(source) {
  const tokens = tokenize(source);
  const root = { type: 'program', body: [] };
  const stack = [{ node: root, target: root.body }];

  for (const token of tokens) {
    const top = stack[stack.length - 1];
    switch (token.type) {
      case 'text':
        top.target.push({ type: 'text', value: token.value });
        break;
      case 'escaped':
      case 'raw':
        top.target.push({ type: 'mustache', escaped: token.type === 'escaped', call: parseExpression(token.expr, token.offset) });
        break;
      case 'partial': {
        const call = parseExpression(token.expr, token.offset);
        if (call.head.type !== 'path' && call.head.type !== 'literal') throw new TemplateError('Invalid partial name', token.offset);
        const name = call.head.type === 'path' ? call.head.path.original : String(call.head.value);
        top.target.push({ type: 'partial', name, context: call.params[0], hash: call.hash });
        break;
      }
      case 'open':
      case 'inverse': {
        const call = parseExpression(token.expr, token.offset);
        if (call.head.type !== 'path') throw new TemplateError('Block name must be a path', token.offset);
        const block = { type: 'block', name: call.head.path.original, call, negated: token.type === 'inverse', program: [], inverse: null };
        top.target.push(block);
        stack.push({ node: block, target: block.program });
        break;
      }
      case 'else': {
        if (top.node.type !== 'block' || top.node.inverse) throw new TemplateError('Unexpected {{else}}', token.offset);
        top.node.inverse = [];
        top.target = top.node.inverse;
        break;
      }
      case 'close': {
        if (top.node.type !== 'block' || top.node.name !== token.name) {
          throw new TemplateError(`Unexpected {{/${token.name}}}`, token.offset);
        }
        stack.pop();
        break;
      }
      default:
        throw new TemplateError(`Unknown token ${token.type}`, token.offset);
    }
  }
  if (stack.length !== 1) throw new TemplateError(`Unclosed block {{#${stack[stack.length - 1].node.name}}}`);
  return root;
}

module.exports = { parse, parseExpression, parsePath };
