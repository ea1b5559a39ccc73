'use strict';

const { Environment } = require('./lib/runtime');
const { parse } = require('./lib/parser');
const { SafeString, escapeExpression } = require('./lib/utils');
const { TemplateError } = require('./lib/errors');

function create(options) {
  return new Environment(options);
}

const stashbars = create();

stashbars.create = create;
stashbars.parse = parse;
stashbars.Environment = Environment;
stashbars.SafeString = SafeString;
stashbars.escapeExpression = escapeExpression;
stashbars.TemplateError = TemplateError;
stashbars.VERSION = '4.1.2';

module.exports = stashbars;
