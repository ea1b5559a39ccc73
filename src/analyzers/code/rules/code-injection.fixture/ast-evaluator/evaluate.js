// A "no eval" evaluator of parsed expressions: member reads follow the prototype chain, so
// `a.constructor.constructor('return process')()` reaches Function and calls it.
const acorn = require('acorn');

function evaluate(node, scope) {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'Identifier':
      if (!Object.prototype.hasOwnProperty.call(scope, node.name)) throw new Error(`${node.name} is not defined`);
      return scope[node.name];
    case 'MemberExpression': {
      const object = evaluate(node.object, scope);
      return object[node.computed ? evaluate(node.property, scope) : node.property.name];
    }
    case 'CallExpression': {
      let fn;
      let self;
      if (node.callee.type === 'MemberExpression') {
        self = evaluate(node.callee.object, scope);
        fn = self[node.callee.computed ? evaluate(node.callee.property, scope) : node.callee.property.name];
      } else {
        fn = evaluate(node.callee, scope);
      }
      const args = node.arguments.map((a) => evaluate(a, scope));
      // ruleid: js/code-injection
      return fn.apply(self, args);
    }
    default:
      throw new Error(`${node.type} is not supported`);
  }
}

module.exports = (text, scope) => evaluate(acorn.parseExpressionAt(String(text), 0, { ecmaVersion: 2020 }), scope);
