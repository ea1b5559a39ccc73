'use strict';

const util = require('./util');

class ReflectionObject {
  constructor(name, options) {
    if (typeof name !== 'string') throw new TypeError('name must be a string');
    this.name = name;
    this.options = options ? Object.assign({}, options) : undefined;
    this.parsedOptions = null;
    this.parent = null;
    this.comment = null;
  }

  get fullName() {
    const path = [this.name];
    let ptr = this.parent;
    while (ptr) {
      path.unshift(ptr.name);
      ptr = ptr.parent;
    }
    return path.join('.');
  }

  getOption(name) {
    return this.options ? this.options[name] : undefined;
  }

  setOption(name, value, ifNotSet) {
    if (!ifNotSet || !this.options || this.options[name] === undefined) {
      (this.options || (this.options = {}))[name] = value;
    }
    return this;
  }

  /**
   * Records a parsed option. `name` is the option name as written (`(my.ext)`),
   * `propName` the dotted sub-path after it (`a.b`), if any.
   */
  setParsedOption(name, value, propName) {
    if (!this.parsedOptions) this.parsedOptions = [];
    const parsedOptions = this.parsedOptions;
    if (propName) {
      let opt = parsedOptions.find((o) => Object.prototype.hasOwnProperty.call(o, name));
      if (opt) {
        util.setProperty(opt[name], propName, value);
      } else {
        opt = {};
        opt[name] = util.setProperty({}, propName, value);
        parsedOptions.push(opt);
      }
    } else {
      const opt = {};
      opt[name] = value;
      parsedOptions.push(opt);
    }
    return this;
  }

  setOptions(options, ifNotSet) {
    if (options) for (const key of Object.keys(options)) this.setOption(key, options[key], ifNotSet);
    return this;
  }
}

class Namespace extends ReflectionObject {
  constructor(name, options) {
    super(name, options);
    this.nested = undefined;
  }

  add(object) {
    if (!(object instanceof ReflectionObject)) throw new TypeError('object must be a reflection object');
    if (!this.nested) this.nested = new Map();
    if (this.nested.has(object.name)) throw new Error(`duplicate name '${object.name}' in ${this.fullName || 'root'}`);
    this.nested.set(object.name, object);
    object.parent = this;
    return this;
  }

  get(name) {
    return (this.nested && this.nested.get(name)) || null;
  }

  define(path) {
    let ptr = this;
    for (const part of String(path).split('.')) {
      let next = ptr.get(part);
      if (!next) {
        next = new Namespace(part);
        ptr.add(next);
      } else if (!(next instanceof Namespace)) {
        throw new Error(`path conflicts with non-namespace object: ${part}`);
      }
      ptr = next;
    }
    return ptr;
  }

  lookup(path) {
    const parts = Array.isArray(path) ? path : String(path).replace(/^\./, '').split('.');
    let ptr = this;
    for (const part of parts) {
      if (!(ptr instanceof Namespace)) return null;
      ptr = ptr.get(part);
      if (!ptr) return null;
    }
    return ptr;
  }

  get nestedArray() {
    return this.nested ? Array.from(this.nested.values()) : [];
  }
}

class Field extends ReflectionObject {
  constructor(name, id, type, rule, extend, options) {
    super(name, options);
    if (!Number.isInteger(id) || id < 0) throw new TypeError('id must be a non-negative integer');
    this.id = id;
    this.type = type;
    this.rule = rule && rule !== 'optional' ? rule : undefined;
    this.extend = extend || undefined;
    this.repeated = rule === 'repeated';
    this.required = rule === 'required';
  }
}

class Type extends Namespace {
  constructor(name, options) {
    super(name, options);
    this.fields = {};
    this.oneofs = undefined;
    this.reserved = undefined;
  }

  add(object) {
    if (object instanceof Field) {
      if (Object.prototype.hasOwnProperty.call(this.fields, object.name)) throw new Error(`duplicate field ${object.name}`);
      this.fields[object.name] = object;
      object.parent = this;
      return this;
    }
    return super.add(object);
  }
}

class Enum extends ReflectionObject {
  constructor(name, values, options) {
    super(name, options);
    this.values = Object.create(null);
    this.valuesById = Object.create(null);
    if (values) for (const key of Object.keys(values)) this.add(key, values[key]);
  }

  add(name, id) {
    if (!Number.isInteger(id)) throw new TypeError('id must be an integer');
    if (name in this.values) throw new Error(`duplicate name '${name}' in ${this.name}`);
    this.values[name] = id;
    if (!(id in this.valuesById)) this.valuesById[id] = name;
    return this;
  }
}

class Method extends ReflectionObject {
  constructor(name, requestType, responseType, requestStream, responseStream, options) {
    super(name, options);
    this.requestType = requestType;
    this.responseType = responseType;
    this.requestStream = Boolean(requestStream);
    this.responseStream = Boolean(responseStream);
  }
}

class Service extends Namespace {
  constructor(name, options) {
    super(name, options);
    this.methods = {};
  }

  add(object) {
    if (object instanceof Method) {
      this.methods[object.name] = object;
      object.parent = this;
      return this;
    }
    return super.add(object);
  }
}

class Root extends Namespace {
  constructor(options) {
    super('', options);
    this.files = [];
  }
}

module.exports = { ReflectionObject, Namespace, Field, Type, Enum, Method, Service, Root };
