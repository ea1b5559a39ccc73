'use strict';

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

const BUILTINS = Object.freeze({
  Math,
  min: Math.min,
  max: Math.max,
  round: (value, digits = 0) => Number(Math.round(Number(`${value}e${digits}`)) + `e-${digits}`),
  abs: Math.abs,
  len: (value) => (value == null ? 0 : value.length),
  lower: (value) => String(value).toLowerCase(),
  upper: (value) => String(value).toUpperCase(),
  includes: (list, value) => Array.isArray(list) && list.includes(value),
  now: () => Date.now(),
  undefined: undefined,
  NaN,
  Infinity,
});

const BINARY = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '%': (a, b) => a % b,
  '**': (a, b) => a ** b,
  '==': (a, b) => a == b, // eslint-disable-line eqeqeq
  '!=': (a, b) => a != b, // eslint-disable-line eqeqeq
  '===': (a, b) => a === b,
  '!==': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  in: (a, b) => a in Object(b),
};

const UNARY = {
  '!': (a) => !a,
  '-': (a) => -a,
  '+': (a) => +a,
  typeof: (a) => typeof a,
};

class EvalError extends Error {
  constructor(message, node) {
    super(`rulexpr: ${message}${node ? ` (at ${node.start})` : ''}`);
    this.name = 'RuleEvalError';
  }
}

class Evaluator {
  /**
   * @param {object} scope      the data the expression sees (`order`, `customer`, …)
   * @param {object} options    `functions` (extra helpers), `allowAssignment` (rule actions)
   */
  constructor(scope, options = {}) {
    this.scope = scope || {};
    this.functions = Object.assign(Object.create(null), options.functions);
    this.allowAssignment = Boolean(options.allowAssignment);
    this.steps = 0;
    this.maxSteps = options.maxSteps || 10000;
  }

  lookup(node) {
    const name = node.name;
    if (hasOwn(this.scope, name)) return this.scope[name];
    if (name in this.functions) return this.functions[name];
    if (hasOwn(BUILTINS, name)) return BUILTINS[name];
    throw new EvalError(`${name} is not defined`, node);
  }

  propertyKey(node) {
    if (!node.computed) return node.property.name;
    const key = this.eval(node.property);
    return typeof key === 'symbol' ? key : String(key);
  }

  member(node) {
    const object = this.eval(node.object);
    if (object === null || object === undefined) {
      if (node.optional) return { object, value: undefined };
      throw new EvalError(`cannot read properties of ${object}`, node);
    }
    const key = this.propertyKey(node);
    return { object, key, value: object[key] };
  }

  eval(node) {
    if (++this.steps > this.maxSteps) throw new EvalError('expression too complex', node);
    switch (node.type) {
      case 'Literal':
        if (node.regex) throw new EvalError('regular expressions are not supported', node);
        return node.value;
      case 'Identifier':
        return this.lookup(node);
      case 'TemplateLiteral':
        return node.quasis.reduce((out, quasi, i) => out + quasi.value.cooked + (i < node.expressions.length ? String(this.eval(node.expressions[i])) : ''), '');
      case 'ArrayExpression':
        return node.elements.map((el) => (el ? this.eval(el) : undefined));
      case 'ObjectExpression': {
        const out = {};
        for (const prop of node.properties) {
          if (prop.type !== 'Property' || prop.kind !== 'init' || prop.method) throw new EvalError('unsupported object literal', prop);
          const key = prop.computed ? String(this.eval(prop.key)) : (prop.key.name !== undefined ? prop.key.name : String(prop.key.value));
          // safe: CWE-1321
          Object.defineProperty(out, key, { value: this.eval(prop.value), enumerable: true, writable: true, configurable: true });
        }
        return out;
      }
      case 'UnaryExpression':
        if (!hasOwn(UNARY, node.operator)) throw new EvalError(`operator ${node.operator} is not supported`, node);
        return UNARY[node.operator](this.eval(node.argument));
      case 'BinaryExpression':
        if (!hasOwn(BINARY, node.operator)) throw new EvalError(`operator ${node.operator} is not supported`, node);
        return BINARY[node.operator](this.eval(node.left), this.eval(node.right));
      case 'LogicalExpression': {
        const left = this.eval(node.left);
        if (node.operator === '&&') return left && this.eval(node.right);
        if (node.operator === '||') return left || this.eval(node.right);
        return left ?? this.eval(node.right);
      }
      case 'ConditionalExpression':
        return this.eval(node.test) ? this.eval(node.consequent) : this.eval(node.alternate);
      case 'ChainExpression':
        return this.eval(node.expression);
      case 'MemberExpression':
        return this.member(node).value;
      case 'CallExpression': {
        let fn;
        let thisArg;
        if (node.callee.type === 'MemberExpression') {
          const ref = this.member(node.callee);
          fn = ref.value;
          thisArg = ref.object;
        } else {
          fn = this.eval(node.callee);
        }
        if (fn === undefined && node.optional) return undefined;
        if (typeof fn !== 'function') throw new EvalError('callee is not a function', node);
        const args = node.arguments.map((arg) => {
          if (arg.type === 'SpreadElement') throw new EvalError('spread arguments are not supported', arg);
          return this.eval(arg);
        });
        // vuln: CWE-94
        return fn.apply(thisArg, args);
      }
      case 'AssignmentExpression': {
        if (!this.allowAssignment) throw new EvalError('assignments are only allowed in rule actions', node);
        if (node.left.type !== 'MemberExpression') throw new EvalError('only properties of the data can be assigned', node);
        const target = this.eval(node.left.object);
        if (target === null || typeof target !== 'object') throw new EvalError('cannot assign to a property of a non-object', node);
        const key = this.propertyKey(node.left);
        const right = this.eval(node.right);
        const value = node.operator === '=' ? right : BINARY[node.operator.slice(0, -1)](target[key], right);
        // vuln: CWE-1321
        target[key] = value;
        return value;
      }
      case 'SequenceExpression':
        return node.expressions.reduce((_, expr) => this.eval(expr), undefined);
      default:
        throw new EvalError(`${node.type} is not supported`, node);
    }
  }
}

module.exports = { Evaluator, EvalError, BUILTINS };
