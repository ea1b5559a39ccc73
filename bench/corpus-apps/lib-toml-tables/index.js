'use strict';

const { parse } = require('./lib/parser');
const { TomlError } = require('./lib/errors');

module.exports = { parse, TomlError };
