'use strict'

const { parse } = require('./lib/parser')
const { stringify } = require('./lib/stringify')
const { loadFile, loadLayered, merge } = require('./lib/layered')
const { RelaxJsonSyntaxError } = require('./lib/errors')

module.exports = {
  parse,
  stringify,
  loadFile,
  loadLayered,
  merge,
  RelaxJsonSyntaxError,
}
