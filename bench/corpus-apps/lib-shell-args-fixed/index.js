'use strict';

var quote = require('./lib/quote');
var parse = require('./lib/parse');
var run = require('./lib/run');

exports.quote = quote;
exports.parse = parse;
exports.run = run.run;
exports.runFile = run.runFile;
