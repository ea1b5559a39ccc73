'use strict';

const { parse } = require('./lib/parse');
const { load, loadSync } = require('./lib/load');
const reflection = require('./lib/reflection');
const util = require('./lib/util');

module.exports = {
  parse,
  load,
  loadSync,
  Root: reflection.Root,
  Namespace: reflection.Namespace,
  Type: reflection.Type,
  Field: reflection.Field,
  Enum: reflection.Enum,
  Service: reflection.Service,
  Method: reflection.Method,
  util: { setProperty: util.setProperty, camelCase: util.camelCase },
};
