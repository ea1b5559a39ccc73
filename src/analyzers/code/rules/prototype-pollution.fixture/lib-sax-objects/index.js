'use strict';

const sax = require('sax');

const hasOwn = Object.prototype.hasOwnProperty;

// Stores a child under its element (or attribute) name, as xml2js does.
function assign(obj, key, value) {
  if (!hasOwn.call(obj, key)) {
    // ruleid: js/prototype-pollution
    obj[key] = [value];
  } else {
    // ok: js/prototype-pollution
    obj[key] = [obj[key]];
    obj[key].push(value);
  }
}

// The fixed form: an own data property, whatever the name.
function define(obj, key, value) {
  // ok: js/prototype-pollution
  Object.defineProperty(obj, key, { value: [value], writable: true, enumerable: true, configurable: true });
}

function parse(xml, options = {}) {
  const parser = sax.parser(true);
  const root = {};
  parser.onopentag = function (node) {
    const obj = {};
    for (const name of Object.keys(node.attributes)) {
      if (options.mergeAttrs) assign(obj, name, node.attributes[name]);
      else if (options.define) define(obj, name, node.attributes[name]);
      else {
        obj.$ = obj.$ || {};
        // ok: js/prototype-pollution
        obj.$[name] = node.attributes[name];
      }
    }
    define(root, node.name, obj);
  };
  parser.write(xml).close();
  return root;
}

// A map keyed by the caller's names: its entries, not a parsed document's.
function index(list, field) {
  const out = {};
  for (const item of list) {
    // ok: js/prototype-pollution
    out[item[field]] = [item];
  }
  return out;
}

module.exports = { parse, index };
