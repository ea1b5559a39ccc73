// The same runtime with own-property reads: inherited keys never resolve.
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

class Renderer {
  lookup(parent, name) {
    // ok: js/code-injection
    return hasOwn(parent, name) ? parent[name] : undefined;
  }

  resolve(parts, context) {
    let value = context;
    for (const part of parts) value = this.lookup(value, part);
    return value;
  }

  call(node, context) {
    const value = this.resolve(node.parts, context);
    if (typeof value === 'function') return value.apply(context, node.params);
    return value;
  }
}

module.exports = { Renderer };
