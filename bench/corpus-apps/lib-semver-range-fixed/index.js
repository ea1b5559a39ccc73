'use strict';

const { parse, valid, compare } = require('./lib/parse');
const { Comparator } = require('./lib/comparator');
const { Range, validRange, satisfies, maxSatisfying } = require('./lib/range');
const { MAX_LENGTH } = require('./lib/constants');

module.exports = {
  parse,
  valid,
  compare,
  Comparator,
  Range,
  validRange,
  satisfies,
  maxSatisfying,
  MAX_LENGTH,
};
