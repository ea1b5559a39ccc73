'use strict';

const { resolveSync } = require('./lib/sync');
const { query } = require('./lib/query');
const { reverse } = require('./lib/reverse');
const { RECORD_TYPES } = require('./lib/types');

module.exports = {
  resolveSync,
  query,
  reverse,
  RECORD_TYPES,
};
