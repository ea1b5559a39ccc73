'use strict';

const { tokenize } = require('./tokenize');
const { Root, Type, Field, Enum, Service, Method, Namespace } = require('./reflection');
const util = require('./util');

const BASE10 = /^[1-9][0-9]*$/;
const BASE10_NEG = /^-?[1-9][0-9]*$/;
const BASE16 = /^0[x][0-9a-fA-F]+$/;
const BASE8 = /^0[0-7]+$/;
const NUMBER = /^(?![eE])[0-9]*(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?$/;
const NAME = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const TYPE_REF = /^(?:\.?[a-zA-Z_][a-zA-Z_0-9]*)(?:\.[a-zA-Z_][a-zA-Z_0-9]*)*$/;
const FQ_TYPE_REF = /^(?:\.[a-zA-Z_][a-zA-Z_0-9]*)+$/;

/**
 * Parses .proto source into a reflection tree.
 * @param {string} source
 * @param {Root|object} [root]
 * @param {{ keepCase?: boolean, alternateCommentMode?: boolean }} [options]
 */
function parse(source, root, options) {
  if (!(root instanceof Root)) {
    options = root;
    root = new Root();
  }
  options = options || {};
  const tn = tokenize(source);
  const { next, peek, skip, push } = tn;

  let head = true;
  let pkg;
  let imports;
  let weakImports;
  let syntax;
  let isProto3 = false;
  let ptr = root;

  const applyCase = options.keepCase ? (name) => name : util.camelCase;

  function illegal(token, name, insideTryCatch) {
    return new Error(`illegal ${name || 'token'} '${token}' (${insideTryCatch ? '' : 'line '}${tn.line()})`);
  }

  function readString() {
    const values = [];
    let token;
    do {
      if ((token = next()) !== '"' && token !== "'") throw illegal(token);
      values.push(next());
      skip(token);
      token = peek();
    } while (token === '"' || token === "'");
    return values.join('');
  }

  function parseNumber(token, insideTryCatch) {
    let sign = 1;
    if (token.charAt(0) === '-') {
      sign = -1;
      token = token.substring(1);
    }
    switch (token) {
      case 'inf': case 'INF': case 'Inf': return sign * Infinity;
      case 'nan': case 'NAN': case 'Nan': case 'NaN': return NaN;
      case '0': return 0;
    }
    if (BASE10.test(token)) return sign * parseInt(token, 10);
    if (BASE16.test(token)) return sign * parseInt(token, 16);
    if (BASE8.test(token)) return sign * parseInt(token, 8);
    if (NUMBER.test(token)) return sign * parseFloat(token);
    throw illegal(token, 'number', insideTryCatch);
  }

  function readValue(acceptTypeRef) {
    const token = next();
    switch (token) {
      case "'": case '"':
        push(token);
        return readString();
      case 'true': case 'TRUE': return true;
      case 'false': case 'FALSE': return false;
    }
    try {
      return parseNumber(token, true);
    } catch (e) {
      if (acceptTypeRef && TYPE_REF.test(token)) return token;
      throw illegal(token, 'value');
    }
  }

  function parseId(token, acceptNegative) {
    switch (token) {
      case 'max': case 'MAX': case 'Max': return 536870911;
      case '0': return 0;
    }
    if (!acceptNegative && token.charAt(0) === '-') throw illegal(token, 'id');
    if (BASE10_NEG.test(token)) return parseInt(token, 10);
    if (BASE16.test(token)) return parseInt(token, 16);
    if (BASE8.test(token)) return parseInt(token, 8);
    throw illegal(token, 'id');
  }

  function parsePackage() {
    if (pkg !== undefined) throw illegal('package');
    pkg = next();
    if (!TYPE_REF.test(pkg)) throw illegal(pkg, 'name');
    ptr = ptr.define(pkg);
    skip(';');
  }

  function parseImport() {
    let token = peek();
    let whichImports;
    switch (token) {
      case 'weak':
        whichImports = weakImports || (weakImports = []);
        next();
        break;
      case 'public':
        next();
      // fallthrough
      default:
        whichImports = imports || (imports = []);
        break;
    }
    token = readString();
    skip(';');
    whichImports.push(token);
  }

  function parseSyntax() {
    skip('=');
    syntax = readString();
    isProto3 = syntax === 'proto3';
    if (!isProto3 && syntax !== 'proto2') throw illegal(syntax, 'syntax');
    root.setOption('syntax', syntax);
    skip(';');
  }

  function ifBlock(obj, fnIf, fnElse) {
    if (skip('{', true)) {
      let token;
      while ((token = next()) !== '}') fnIf(token);
      skip(';', true);
    } else {
      if (fnElse) fnElse();
      skip(';');
    }
  }

  function parseOptionValue(parent, name) {
    if (skip('{', true)) {
      const objectResult = {};
      while (!skip('}', true)) {
        const token = next();
        if (!NAME.test(token)) throw illegal(token, 'name');
        if (token === null) throw illegal(token, 'end of input');
        let value;
        const propName = token;
        skip(':', true);
        if (peek() === '{') {
          value = parseOptionValue(parent, name + '.' + token);
        } else if (peek() === '[') {
          value = [];
          skip('[');
          if (!skip(']', true)) {
            do {
              value.push(readValue(true));
            } while (skip(',', true));
            skip(']');
          }
        } else {
          value = readValue(true);
          setOption(parent, name + '.' + token, value);
        }
        const prevValue = objectResult[propName];
        if (prevValue) value = [].concat(prevValue).concat(value);
        objectResult[propName] = value;
        skip(',', true);
        skip(';', true);
      }
      return objectResult;
    }
    const simpleValue = readValue(true);
    setOption(parent, name, simpleValue);
    return simpleValue;
  }

  function setOption(parent, name, value) {
    if (parent.setOption) parent.setOption(name, value);
  }

  function setParsedOption(parent, name, value, propName) {
    if (parent.setParsedOption) parent.setParsedOption(name, value, propName);
  }

  function parseOption(parent, token) {
    const isCustom = skip('(', true);
    if (!TYPE_REF.test((token = next()))) throw illegal(token, 'name');
    let name = token;
    let option = name;
    let propName;
    if (isCustom) {
      skip(')');
      name = '(' + name + ')';
      option = name;
      token = peek();
      if (FQ_TYPE_REF.test(token)) {
        propName = token.slice(1);
        name += token;
        next();
      }
    }
    skip('=');
    const optionValue = parseOptionValue(parent, name);
    setParsedOption(parent, option, optionValue, propName);
  }

  function parseInlineOptions(parent) {
    if (skip('[', true)) {
      do {
        parseOption(parent, 'option');
      } while (skip(',', true));
      skip(']');
    }
    return parent;
  }

  function parseField(parent, rule, extend) {
    const type = next();
    if (type === 'group') throw illegal(type, 'group (unsupported)');
    if (!TYPE_REF.test(type)) throw illegal(type, 'type');
    let name = next();
    if (!NAME.test(name)) throw illegal(name, 'name');
    name = applyCase(name);
    skip('=');
    const field = new Field(name, parseId(next()), type, rule, extend);
    ifBlock(field, (token) => {
      if (token === 'option') {
        parseOption(field, token);
        skip(';');
      } else {
        throw illegal(token);
      }
    }, () => parseInlineOptions(field));
    parent.add(field);
  }

  function parseType(parent, token) {
    if (!NAME.test((token = next()))) throw illegal(token, 'type name');
    const type = new Type(token);
    ifBlock(type, (token) => {
      if (parseCommon(type, token)) return;
      switch (token) {
        case 'map':
          throw illegal(token, 'map (unsupported)');
        case 'required':
        case 'repeated':
        case 'optional':
          parseField(type, token);
          break;
        case 'reserved':
          (type.reserved || (type.reserved = [])).push(readValue(false));
          while (skip(',', true)) type.reserved.push(readValue(false));
          skip(';');
          break;
        default:
          if (!isProto3 || !TYPE_REF.test(token)) throw illegal(token);
          push(token);
          parseField(type, 'optional');
          break;
      }
    });
    parent.add(type);
  }

  function parseEnum(parent, token) {
    if (!NAME.test((token = next()))) throw illegal(token, 'name');
    const enm = new Enum(token);
    ifBlock(enm, (token) => {
      switch (token) {
        case 'option':
          parseOption(enm, token);
          skip(';');
          break;
        case 'reserved':
          readValue(false);
          while (skip(',', true)) readValue(false);
          skip(';');
          break;
        default: {
          if (!NAME.test(token)) throw illegal(token, 'name');
          skip('=');
          const value = parseId(next(), true);
          const dummy = { options: undefined, setOption(name, v) { (this.options || (this.options = {}))[name] = v; } };
          ifBlock(dummy, (t) => {
            if (t === 'option') {
              parseOption(dummy, t);
              skip(';');
            } else throw illegal(t);
          }, () => parseInlineOptions(dummy));
          enm.add(token, value);
        }
      }
    });
    parent.add(enm);
  }

  function parseMethod(parent, token) {
    const type = token;
    if (!NAME.test((token = next()))) throw illegal(token, 'name');
    const name = token;
    skip('(');
    let requestStream = false;
    if (skip('stream', true)) requestStream = true;
    if (!TYPE_REF.test((token = next()))) throw illegal(token);
    const requestType = token;
    skip(')');
    skip('returns');
    skip('(');
    let responseStream = false;
    if (skip('stream', true)) responseStream = true;
    if (!TYPE_REF.test((token = next()))) throw illegal(token);
    const responseType = token;
    skip(')');
    const method = new Method(name, requestType, responseType, requestStream, responseStream);
    method.kind = type;
    ifBlock(method, (token) => {
      if (token === 'option') {
        parseOption(method, token);
        skip(';');
      } else {
        throw illegal(token);
      }
    });
    parent.add(method);
  }

  function parseService(parent, token) {
    if (!NAME.test((token = next()))) throw illegal(token, 'service name');
    const service = new Service(token);
    ifBlock(service, (token) => {
      if (parseCommon(service, token)) return;
      if (token === 'rpc') parseMethod(service, token);
      else throw illegal(token);
    });
    parent.add(service);
  }

  function parseCommon(parent, token) {
    switch (token) {
      case 'option':
        parseOption(parent, token);
        skip(';');
        return true;
      case 'message':
        parseType(parent, token);
        return true;
      case 'enum':
        parseEnum(parent, token);
        return true;
      case 'service':
        parseService(parent, token);
        return true;
    }
    return false;
  }

  let token;
  while ((token = next()) !== null) {
    switch (token) {
      case 'package':
        if (!head) throw illegal(token);
        parsePackage();
        break;
      case 'import':
        if (!head) throw illegal(token);
        parseImport();
        break;
      case 'syntax':
        if (!head) throw illegal(token);
        parseSyntax();
        break;
      case 'option':
        parseOption(ptr, token);
        skip(';');
        break;
      default:
        if (parseCommon(ptr, token)) {
          head = false;
          continue;
        }
        throw illegal(token);
    }
  }

  return { package: pkg, imports, weakImports, syntax, root };
}

module.exports = { parse };
