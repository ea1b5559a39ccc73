'use strict';

var Client = require('./lib/Client');
var SqlString = require('./lib/SqlString');

/**
 * Create a client over a new mysql pool (or the `pool` option).
 */
function createClient(config) {
  return new Client(config);
}

/**
 * Mark a fragment as raw SQL so `format` inserts it as is: `sqlbind.raw('NOW()')`.
 */
function raw(sql) {
  if (typeof sql !== 'string') {
    throw new TypeError('argument sql must be a string');
  }
  return {
    toSqlString: function toSqlString() { return sql; }
  };
}

module.exports = createClient;
module.exports.createClient = createClient;
module.exports.Client = Client;
module.exports.raw = raw;
module.exports.escape = SqlString.escape;
module.exports.escapeId = SqlString.escapeId;
module.exports.format = SqlString.format;
