'use strict';

const { parse } = require('./parser');
const { TemplateError } = require('./errors');
const { SafeString, escapeExpression, hasOwn, isEmpty, createFrame } = require('./utils');
const { registerDefaultHelpers } = require('./helpers');

const noop = () => '';
const CACHE_LIMIT = 200;

class Environment {
  constructor(options = {}) {
    this.helpers = Object.create(null);
    this.partials = Object.create(null);
    this.options = { strict: false, cache: true, ...options };
    this.cache = new Map();
    registerDefaultHelpers(this);
  }

  registerHelper(name, fn) {
    if (name && typeof name === 'object') {
      for (const key of Object.keys(name)) this.registerHelper(key, name[key]);
      return;
    }
    if (typeof fn !== 'function') throw new TemplateError(`Helper "${name}" must be a function`);
    this.helpers[name] = fn;
  }

  unregisterHelper(name) {
    delete this.helpers[name];
  }

  registerPartial(name, source) {
    if (name && typeof name === 'object') {
      for (const key of Object.keys(name)) this.registerPartial(key, name[key]);
      return;
    }
    this.partials[name] = typeof source === 'string' ? parse(source) : source;
  }

  unregisterPartial(name) {
    delete this.partials[name];
  }

  compile(source, compileOptions = {}) {
    const options = { ...this.options, ...compileOptions };
    const program = this.parseCached(source, options);
    const env = this;
    return function template(context, runtimeOptions = {}) {
      const helpers = Object.assign(Object.create(null), env.helpers, runtimeOptions.helpers);
      const partials = Object.assign(Object.create(null), env.partials);
      if (runtimeOptions.partials) {
        for (const key of Object.keys(runtimeOptions.partials)) {
          const partial = runtimeOptions.partials[key];
          partials[key] = typeof partial === 'string' ? parse(partial) : partial;
        }
      }
      const data = createFrame(runtimeOptions.data || null);
      data.root = context;
      const state = new RenderState(env, helpers, partials, options);
      return state.renderProgram(program.body, { context, parent: null, data });
    };
  }

  render(source, context, runtimeOptions) {
    return this.compile(source)(context, runtimeOptions);
  }

  parseCached(source, options) {
    if (!options.cache) return parse(source);
    let program = this.cache.get(source);
    if (!program) {
      program = parse(source);
      if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value);
      this.cache.set(source, program);
    }
    return program;
  }
}

/** Per-render state: the helper and partial tables and the property accessor used by paths. */
class RenderState {
  constructor(env, helpers, partials, options) {
    this.env = env;
    this.helpers = helpers;
    this.partials = partials;
    this.options = options;
    this.depth = 0;
    this.lookupProperty = this.lookupProperty.bind(this);
  }

  lookupProperty(parent, name) {
    // vuln: CWE-94, CWE-1321
    return parent[name];
  }

  renderProgram(nodes, scope) {
    let out = '';
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          out += node.value;
          break;
        case 'mustache': {
          const value = this.evalCall(node.call, scope, null);
          out += node.escaped ? escapeExpression(value) : value == null ? '' : String(value);
          break;
        }
        case 'block':
          out += this.renderBlock(node, scope);
          break;
        case 'partial':
          out += this.renderPartial(node, scope);
          break;
        default:
          throw new TemplateError(`Unknown node ${node.type}`);
      }
    }
    return out;
  }

  childScope(scope, context, data) {
    return { context, parent: scope, data: data || scope.data };
  }

  resolvePath(path, scope) {
    if (path.data) {
      let frame = scope.data;
      for (let d = 0; d < path.depth && frame; d++) frame = frame._parent;
      const [first, ...rest] = path.parts;
      if (!frame || !hasOwn(frame, first)) return undefined;
      let value = frame[first];
      for (const part of rest) {
        if (value == null) return undefined;
        value = this.lookupProperty(value, part);
      }
      return value;
    }
    let target = scope;
    for (let d = 0; d < path.depth && target.parent; d++) target = target.parent;
    let value = target.context;
    for (const part of path.parts) {
      if (value == null) {
        if (this.options.strict) throw new TemplateError(`"${path.original}" not defined`);
        return undefined;
      }
      value = this.lookupProperty(value, part);
    }
    return value;
  }

  evalExpr(expr, scope) {
    switch (expr.type) {
      case 'literal':
        return expr.value;
      case 'path':
        return this.resolvePath(expr.path, scope);
      case 'sub':
        return this.evalCall(expr.call, scope, null);
      default:
        throw new TemplateError(`Unknown expression ${expr.type}`);
    }
  }

  helperFor(head) {
    if (head.type !== 'path') return null;
    const { path } = head;
    if (path.data || path.depth || path.parts.length !== 1 || path.original !== path.parts[0]) return null;
    return hasOwn(this.helpers, path.parts[0]) ? this.helpers[path.parts[0]] : null;
  }

  optionsFor(call, scope, hash, block) {
    return {
      name: call.head.type === 'path' ? call.head.path.original : '',
      hash,
      data: scope.data,
      fn: block ? block.fn : noop,
      inverse: block ? block.inverse : noop,
      lookupProperty: this.lookupProperty,
    };
  }

  evalArgs(call, scope) {
    const params = call.params.map((param) => this.evalExpr(param, scope));
    const hash = Object.create(null);
    for (const key of Object.keys(call.hash)) hash[key] = this.evalExpr(call.hash[key], scope);
    return { params, hash };
  }

  evalCall(call, scope, block) {
    const helper = this.helperFor(call.head);
    const { params, hash } = this.evalArgs(call, scope);
    if (helper) {
      return helper.apply(scope.context, params.concat([this.optionsFor(call, scope, hash, block)]));
    }
    const value = this.evalExpr(call.head, scope);
    if (typeof value === 'function') {
      // context lambdas are called with the mustache's parameters, Mustache-style
      return value.apply(scope.context, params);
    }
    if (params.length || Object.keys(hash).length) {
      const name = call.head.type === 'path' ? call.head.path.original : 'expression';
      throw new TemplateError(`Missing helper: "${name}"`);
    }
    return value;
  }

  renderBlock(node, scope) {
    if (++this.depth > 64) throw new TemplateError('Blocks nested too deeply');
    try {
      let fn = (context, opts = {}) => this.renderProgram(node.program, this.childScope(scope, context, opts.data));
      let inverse = (context, opts = {}) =>
        node.inverse ? this.renderProgram(node.inverse, this.childScope(scope, context, opts.data)) : '';
      if (node.negated) [fn, inverse] = [inverse, fn];

      if (this.helperFor(node.call.head)) {
        const result = this.evalCall(node.call, scope, { fn, inverse });
        return result == null ? '' : result instanceof SafeString ? result.toHTML() : String(result);
      }

      // sections on context values: truthy → once, arrays → each item, falsy / empty → inverse
      const value = this.evalCall(node.call, scope, null);
      if (value === true) return fn(scope.context);
      if (isEmpty(value)) return inverse(scope.context);
      if (Array.isArray(value)) return this.helpers.each.call(scope.context, value, this.optionsFor(node.call, scope, Object.create(null), { fn, inverse }));
      return fn(value);
    } finally {
      this.depth--;
    }
  }

  renderPartial(node, scope) {
    if (!hasOwn(this.partials, node.name)) {
      throw new TemplateError(`The partial ${node.name} could not be found`);
    }
    if (++this.depth > 64) throw new TemplateError('Partials nested too deeply');
    try {
      let context = node.context ? this.evalExpr(node.context, scope) : scope.context;
      const hashKeys = Object.keys(node.hash);
      if (hashKeys.length) {
        const merged = Object.create(null);
        if (context && typeof context === 'object') {
          for (const key of Object.keys(context)) merged[key] = context[key];
        }
        for (const key of hashKeys) merged[key] = this.evalExpr(node.hash[key], scope);
        context = merged;
      }
      return this.renderProgram(this.partials[node.name].body, this.childScope(scope, context));
    } finally {
      this.depth--;
    }
  }
}

module.exports = { Environment, RenderState };
