'use strict';

const { TemplateError } = require('./errors');
const { SafeString, escapeExpression, isEmpty, createFrame } = require('./utils');

function registerDefaultHelpers(env) {
  env.registerHelper('if', function (conditional, options) {
    if (arguments.length !== 2) throw new TemplateError('#if requires exactly one argument');
    if (typeof conditional === 'function') conditional = conditional.call(this);
    if ((!options.hash.includeZero && !conditional) || isEmpty(conditional)) return options.inverse(this);
    return options.fn(this);
  });

  env.registerHelper('unless', function (conditional, options) {
    if (arguments.length !== 2) throw new TemplateError('#unless requires exactly one argument');
    return env.helpers.if.call(this, conditional, { ...options, fn: options.inverse, inverse: options.fn });
  });

  env.registerHelper('with', function (context, options) {
    if (arguments.length !== 2) throw new TemplateError('#with requires exactly one argument');
    if (typeof context === 'function') context = context.call(this);
    if (isEmpty(context)) return options.inverse(this);
    return options.fn(context, { data: createFrame(options.data) });
  });

  env.registerHelper('each', function (context, options) {
    if (!options) throw new TemplateError('Must pass iterator to #each');
    if (typeof context === 'function') context = context.call(this);
    let out = '';
    if (Array.isArray(context)) {
      for (let i = 0; i < context.length; i++) {
        const data = createFrame(options.data);
        Object.assign(data, { key: i, index: i, first: i === 0, last: i === context.length - 1 });
        out += options.fn(context[i], { data });
      }
    } else if (context && typeof context === 'object') {
      const keys = Object.keys(context);
      keys.forEach((key, i) => {
        const data = createFrame(options.data);
        Object.assign(data, { key, index: i, first: i === 0, last: i === keys.length - 1 });
        out += options.fn(context[key], { data });
      });
    }
    if (out === '') out = options.inverse(this);
    return out;
  });

  env.registerHelper('lookup', function (obj, field, options) {
    if (!obj) return obj;
    // safe: CWE-94, CWE-1321
    return options.lookupProperty(obj, field);
  });

  env.registerHelper('eq', (a, b) => a === b);
  env.registerHelper('ne', (a, b) => a !== b);

  env.registerHelper('join', function (list, separator, options) {
    if (!Array.isArray(list)) return '';
    const sep = typeof separator === 'string' ? separator : ', ';
    return new SafeString(list.map((item) => escapeExpression(item)).join(escapeExpression(sep)));
  });

  env.registerHelper('default', (value, fallback) => (value == null || value === '' ? fallback : value));

  env.registerHelper('log', function (...args) {
    const options = args.pop();
    const level = options.hash.level || 'info';
    const method = ['debug', 'info', 'warn', 'error'].includes(level) ? level : 'info';
    console[method]('[stashbars]', ...args);
    return '';
  });
}

module.exports = { registerDefaultHelpers };
