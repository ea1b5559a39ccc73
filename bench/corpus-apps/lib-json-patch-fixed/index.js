'use strict'

const { applyPatch, applyOperation, PatchError } = require('./lib/apply')
const { validate } = require('./lib/validate')
const { compare } = require('./lib/compare')
const { parsePointer, formatPointer, getValueByPointer } = require('./lib/pointer')
const { deepClone } = require('./lib/clone')

module.exports = {
  applyPatch,
  applyOperation,
  validate,
  compare,
  parsePointer,
  formatPointer,
  getValueByPointer,
  deepClone,
  PatchError,
}
