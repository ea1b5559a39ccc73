// The same evaluator with inherited members and the keys that lead to Function refused.
const acorn = require('acorn');

const FORBIDDEN = new Set(['constructor', '__proto__', 'prototype']);
const own = (o, k) => Object.prototype.hasOwnProperty.call(Object(o), k);

function evaluate(node, scope) {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'Identifier':
      if (!own(scope, node.name)) throw new Error(`${node.name} is not defined`);
      return scope[node.name];
    case 'MemberExpression': {
      const object = evaluate(node.object, scope);
      const key = node.computed ? String(evaluate(node.property, scope)) : node.property.name;
      if (FORBIDDEN.has(key)) throw new Error(`${key} is not accessible`);
      return own(object, key) ? object[key] : undefined;
    }
    case 'CallExpression': {
      const fn = evaluate(node.callee, scope);
      if (typeof fn !== 'function' || fn === Function) throw new Error('not callable');
      const args = node.arguments.map((a) => evaluate(a, scope));
      // ok: js/code-injection
      return fn(...args);
    }
    default:
      throw new Error(`${node.type} is not supported`);
  }
}

module.exports = (text, scope) => evaluate(acorn.parseExpressionAt(String(text), 0, { ecmaVersion: 2020 }), scope);
