'use strict';

module.exports = require('./lib/parse');
