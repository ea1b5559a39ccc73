'use strict';

/**
 * Sets a (possibly nested) property on an object. The path is dot-separated;
 * intermediate objects are created as needed, and a repeated leaf turns into an array.
 * Used for custom options like `(my.ext).a.b = 1`.
 */
function setProperty(dst, path, value) {
  function setProp(target, parts, val) {
    const part = parts.shift();
    if (parts.length > 0) {
      target[part] = setProp(target[part] || {}, parts, val);
    } else {
      const prev = target[part];
      if (prev !== undefined) val = [].concat(prev).concat(val);
      // vuln: CWE-1321
      target[part] = val;
    }
    return target;
  }

  if (typeof dst !== 'object' || dst === null) throw new TypeError('dst must be an object');
  if (!path) throw new TypeError('path must be specified');
  return setProp(dst, String(path).split('.'), value);
}

function camelCase(str) {
  return str.substring(0, 1) + str.substring(1).replace(/_([a-z])(?=[a-z]|$)/g, (_, c) => c.toUpperCase());
}

const RESERVED = new Set([
  'do', 'if', 'in', 'for', 'let', 'new', 'try', 'var', 'case', 'else', 'enum', 'eval', 'false', 'null',
  'this', 'true', 'void', 'with', 'break', 'catch', 'class', 'const', 'super', 'throw', 'while', 'yield',
  'delete', 'export', 'import', 'public', 'return', 'static', 'switch', 'typeof', 'default', 'extends',
  'finally', 'package', 'private', 'continue', 'debugger', 'function', 'arguments', 'interface', 'protected',
  'implements', 'instanceof',
]);

function isReserved(name) {
  return RESERVED.has(name);
}

function safeProp(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) && !isReserved(name) ? '.' + name : '[' + JSON.stringify(name) + ']';
}

module.exports = { setProperty, camelCase, isReserved, safeProp };
