'use strict';

const { parse, rels } = require('./lib/parse');
const { format } = require('./lib/format');

module.exports = { parse, format, rels };
