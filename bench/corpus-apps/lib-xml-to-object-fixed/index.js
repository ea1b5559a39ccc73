'use strict';

var Parser = require('./lib/parser');
var processors = require('./lib/processors');
var defaults = require('./lib/defaults');

function parseString(str, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = {};
  }
  var parser = new Parser(options);
  return parser.parseString(str, cb);
}

function parseStringPromise(str, options) {
  var parser = new Parser(options);
  return parser.parseStringPromise(str);
}

module.exports = {
  Parser: Parser,
  parseString: parseString,
  parseStringPromise: parseStringPromise,
  processors: processors,
  defaults: defaults
};
