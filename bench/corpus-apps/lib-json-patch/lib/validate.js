'use strict'

const { PatchError } = require('./errors')

const OPS = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test'])

function validateOperation(operation, index) {
  if (operation === null || typeof operation !== 'object' || Array.isArray(operation)) {
    return new PatchError('Operation is not an object', 'OPERATION_NOT_AN_OBJECT', index, operation)
  }
  if (!OPS.has(operation.op)) {
    return new PatchError('Operation `op` property is not one of operations defined in RFC 6902', 'OPERATION_OP_INVALID', index, operation)
  }
  if (typeof operation.path !== 'string' || (operation.path !== '' && operation.path[0] !== '/')) {
    return new PatchError('Operation `path` property is not a JSON pointer', 'OPERATION_PATH_INVALID', index, operation)
  }
  if ((operation.op === 'move' || operation.op === 'copy') && typeof operation.from !== 'string') {
    return new PatchError('Operation `from` property is not present', 'OPERATION_FROM_REQUIRED', index, operation)
  }
  if ((operation.op === 'add' || operation.op === 'replace' || operation.op === 'test') && operation.value === undefined) {
    return new PatchError('Operation `value` property is not present', 'OPERATION_VALUE_REQUIRED', index, operation)
  }
  return undefined
}

function validate(patch) {
  if (!Array.isArray(patch)) return new PatchError('Patch sequence must be an array', 'SEQUENCE_NOT_AN_ARRAY', -1, undefined)
  for (let i = 0; i < patch.length; i++) {
    const error = validateOperation(patch[i], i)
    if (error) return error
  }
  return undefined
}

module.exports = { validate, validateOperation }
