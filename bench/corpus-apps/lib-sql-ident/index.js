'use strict';

const { Client, createClient } = require('./lib/client');
const { Query } = require('./lib/builder');
const { getDialect } = require('./lib/dialects');
const escape = require('./lib/escape');

module.exports = createClient;
module.exports.createClient = createClient;
module.exports.Client = Client;
module.exports.Query = Query;
module.exports.escapeId = (identifier, dialect = 'mysql') => escape.escapeId(getDialect(dialect), identifier);
