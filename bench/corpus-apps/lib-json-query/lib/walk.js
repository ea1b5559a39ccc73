import { evaluate } from './script.js';

const own = (obj, key) => obj !== null && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, key);

function children(node) {
  const { value } = node;
  if (value === null || typeof value !== 'object') return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.map((k) => ({ value: value[k], parent: value, property: k, path: [...node.path, k], root: node.root }));
}

function descendants(node) {
  const out = [node];
  for (const child of children(node)) out.push(...descendants(child));
  return out;
}

function child(node, key) {
  if (!own(node.value, key)) return [];
  return [{ value: node.value[key], parent: node.value, property: key, path: [...node.path, key], root: node.root }];
}

function slice(node, { start, end, step }) {
  if (!Array.isArray(node.value)) return [];
  const len = node.value.length;
  const norm = (n, dflt) => (n === undefined ? dflt : n < 0 ? Math.max(0, len + n) : Math.min(n, len));
  const out = [];
  for (let i = norm(start, 0); i < norm(end, len); i += Math.max(1, step)) out.push(...child(node, i));
  return out;
}

function apply(token, node, options) {
  switch (token.type) {
    case 'name':
      return child(node, token.name);
    case 'index':
      return child(node, token.index < 0 && Array.isArray(node.value) ? node.value.length + token.index : token.index);
    case 'slice':
      return slice(node, token);
    case 'wildcard':
      return children(node);
    case 'filter':
      if (!options.filters) throw new Error('Filter expressions are disabled');
      return children(node).filter((c) => Boolean(evaluate(token.expr, c, options)));
    case 'script': {
      if (!options.filters) throw new Error('Script expressions are disabled');
      const key = evaluate(token.expr, node, options);
      return typeof key === 'string' || typeof key === 'number' ? child(node, key) : [];
    }
    default:
      throw new Error(`Unexpected token ${token.type}`);
  }
}

/**
 * Applies the tokens of a JSONPath to `json`.
 * @param {import('./tokenize.js').Token[]} tokens
 * @param {unknown} json
 * @param {Required<import('./options.js').QueryOptions>} options
 * @returns {{ value: unknown, parent: unknown, property: string|number, path: (string|number)[] }[]}
 */
export function walk(tokens, json, options) {
  let nodes = [{ value: json, parent: null, property: null, path: [], root: json }];
  for (let t = 1; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.type === 'descend') {
      nodes = nodes.flatMap(descendants);
      continue;
    }
    nodes = nodes.flatMap((n) => apply(token, n, options));
  }
  return nodes;
}
