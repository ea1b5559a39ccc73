'use strict';

var sax = require('sax');
var EventEmitter = require('events').EventEmitter;
var util = require('util');
var defaults = require('./defaults');
var processors = require('./processors');

var hasOwn = Object.prototype.hasOwnProperty;

// Define keys as own data properties so that names such as `__proto__` taken from the
// document never invoke accessors inherited from Object.prototype.
function defineProperty(obj, key, value) {
  var descriptor = Object.create(null);
  descriptor.value = value;
  descriptor.writable = true;
  descriptor.enumerable = true;
  descriptor.configurable = true;
  Object.defineProperty(obj, key, descriptor);
}

function Parser(opts) {
  if (!(this instanceof Parser)) {
    return new Parser(opts);
  }
  EventEmitter.call(this);
  this.options = Object.assign({}, defaults, opts);
  if (this.options.normalizeTags) {
    this.options.tagNameProcessors = (this.options.tagNameProcessors || []).concat(processors.normalize);
  }
  this.reset();
}

util.inherits(Parser, EventEmitter);

Parser.prototype.assignOrPush = function assignOrPush(obj, key, newValue) {
  if (!hasOwn.call(obj, key)) {
    // safe: CWE-1321
    defineProperty(obj, key, this.options.explicitArray ? [newValue] : newValue);
  } else {
    if (!Array.isArray(obj[key])) {
      obj[key] = [obj[key]];
    }
    obj[key].push(newValue);
  }
};

Parser.prototype.reset = function reset() {
  var self = this;
  var options = this.options;
  var attrkey = options.attrkey;
  var charkey = options.charkey;
  var stack = [];

  this.removeAllListeners();
  this.resultObject = null;
  this.saxParser = sax.parser(options.strict, { trim: false, normalize: false, xmlns: false });

  this.saxParser.onerror = function (error) {
    self.saxParser.resume();
    if (!self.saxParser.errThrown) {
      self.saxParser.errThrown = true;
      self.emit('error', error);
    }
  };

  this.saxParser.onend = function () {
    if (!self.saxParser.ended) {
      self.saxParser.ended = true;
      self.emit('end', self.resultObject);
    }
  };

  this.saxParser.onopentag = function (node) {
    var obj = {};
    obj[charkey] = '';
    if (!options.ignoreAttrs) {
      Object.keys(node.attributes).forEach(function (name) {
        var newValue = processors.apply(options.attrValueProcessors, node.attributes[name], name);
        var processedKey = processors.apply(options.attrNameProcessors, name);
        if (options.mergeAttrs) {
          self.assignOrPush(obj, processedKey, newValue);
        } else {
          if (!hasOwn.call(obj, attrkey)) {
            obj[attrkey] = {};
          }
          obj[attrkey][processedKey] = newValue;
        }
      });
    }
    obj['#name'] = processors.apply(options.tagNameProcessors, node.name);
    stack.push(obj);
  };

  this.saxParser.onclosetag = function () {
    var obj = stack.pop();
    var nodeName = obj['#name'];
    delete obj['#name'];
    var s = stack[stack.length - 1];
    var emptyStr;

    if (obj[charkey].match(/^\s*$/)) {
      emptyStr = obj[charkey];
      delete obj[charkey];
    } else {
      if (options.trim) {
        obj[charkey] = obj[charkey].trim();
      }
      if (options.normalize) {
        obj[charkey] = obj[charkey].replace(/\s{2,}/g, ' ').trim();
      }
      obj[charkey] = processors.apply(options.valueProcessors, obj[charkey], nodeName);
      if (Object.keys(obj).length === 1 && charkey in obj && !options.explicitCharkey) {
        obj = obj[charkey];
      }
    }

    if (isEmpty(obj)) {
      obj = options.emptyTag !== '' ? options.emptyTag : emptyStr;
    }

    if (stack.length > 0) {
      self.assignOrPush(s, nodeName, obj);
    } else {
      if (options.explicitRoot) {
        var old = obj;
        obj = {};
        obj[nodeName] = old;
      }
      self.resultObject = obj;
      self.saxParser.ended = true;
      self.emit('end', self.resultObject);
    }
  };

  var ontext = function (text) {
    var s = stack[stack.length - 1];
    if (s) {
      s[charkey] += text;
    }
    return s;
  };
  this.saxParser.ontext = ontext;
  this.saxParser.oncdata = ontext;
};

Parser.prototype.parseString = function parseString(str, cb) {
  var self = this;
  if (cb != null && typeof cb === 'function') {
    this.once('end', function (result) {
      self.reset();
      cb(null, result);
    });
    this.once('error', function (err) {
      self.reset();
      cb(err);
    });
  }
  try {
    str = String(str);
    if (str.trim() === '') {
      this.emit('end', null);
      return true;
    }
    if (str.charCodeAt(0) === 0xfeff) {
      str = str.slice(1);
    }
    return this.saxParser.write(str).close();
  } catch (err) {
    if (!(this.saxParser.errThrown || this.saxParser.ended)) {
      this.emit('error', err);
      this.saxParser.errThrown = true;
    } else if (this.saxParser.ended) {
      throw err;
    }
  }
};

Parser.prototype.parseStringPromise = function parseStringPromise(str) {
  var self = this;
  return new Promise(function (resolve, reject) {
    self.parseString(str, function (err, value) {
      if (err) {
        reject(err);
      } else {
        resolve(value);
      }
    });
  });
};

function isEmpty(thing) {
  return typeof thing === 'object' && thing != null && Object.keys(thing).length === 0;
}

module.exports = Parser;
