// A small Mustache/Handlebars-style runtime: paths are read part by part with an accessor that
// follows the prototype chain, and whatever a path reached is called when it is a function.
class Renderer {
  constructor(helpers) {
    this.helpers = helpers;
  }

  lookup(parent, name) {
    // ruleid: js/code-injection
    return parent[name];
  }

  resolve(parts, context) {
    let value = context;
    for (const part of parts) {
      if (value == null) return undefined;
      value = this.lookup(value, part);
    }
    return value;
  }

  call(node, context) {
    const value = this.resolve(node.parts, context);
    if (typeof value === 'function') return value.apply(context, node.params);
    return value;
  }
}

function registerDefaults(env) {
  env.registerHelper('lookup', function (obj, field) {
    if (!obj) return obj;
    // ruleid: js/code-injection
    return obj[field];
  });
  env.registerHelper('pick', function (obj, field) {
    // ok: js/code-injection
    return Object.prototype.hasOwnProperty.call(obj, field) ? obj[field] : undefined;
  });
}

// A getter for data paths whose values are never called.
function get(object, key) {
  // ok: js/code-injection
  return object[key];
}

module.exports = { Renderer, registerDefaults, get };
