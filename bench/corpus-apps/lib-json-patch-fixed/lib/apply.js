'use strict'

const { parsePointer, isArrayIndex, getValueByPointer } = require('./pointer')
const { deepClone, deepEqual } = require('./clone')
const { validateOperation } = require('./validate')
const { PatchError } = require('./errors')

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function assertSafeKey(key, operation, index) {
  if (FORBIDDEN_KEYS.has(key)) {
    throw new PatchError('JSON-Patch: modifying `__proto__`, `constructor` or `prototype` is not allowed', 'OPERATION_PATH_ILLEGAL', index, operation)
  }
}

function unresolvable(operation, index) {
  return new PatchError('Cannot perform the operation at a path that does not exist', 'OPERATION_PATH_UNRESOLVABLE', index, operation)
}

/** Walks to the container that holds the last token of `tokens`. */
function resolveParent(document, tokens, operation, index) {
  let parent = document
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]
    if (Array.isArray(parent)) {
      if (!isArrayIndex(token)) throw unresolvable(operation, index)
      parent = parent[Number(token)]
    } else {
      assertSafeKey(token, operation, index)
      if (!Object.prototype.hasOwnProperty.call(parent, token)) throw unresolvable(operation, index)
      parent = parent[token]
    }
    if (parent === null || typeof parent !== 'object') throw unresolvable(operation, index)
  }
  return parent
}

function addValue(document, path, value, operation, index) {
  const tokens = parsePointer(path)
  if (tokens.length === 0) return value
  const parent = resolveParent(document, tokens, operation, index)
  const key = tokens[tokens.length - 1]
  if (Array.isArray(parent)) {
    const position = key === '-' ? parent.length : isArrayIndex(key) ? Number(key) : NaN
    if (!(position >= 0 && position <= parent.length)) {
      throw new PatchError('The specified index MUST NOT be greater than the number of elements in the array', 'OPERATION_VALUE_OUT_OF_BOUNDS', index, operation)
    }
    parent.splice(position, 0, value)
  } else {
    assertSafeKey(key, operation, index)
    // safe: CWE-1321
    parent[key] = value
  }
  return document
}

function removeValue(document, path, operation, index) {
  const tokens = parsePointer(path)
  if (tokens.length === 0) return undefined
  if (getValueByPointer(document, path) === undefined) throw unresolvable(operation, index)
  const parent = resolveParent(document, tokens, operation, index)
  const key = tokens[tokens.length - 1]
  if (Array.isArray(parent)) parent.splice(Number(key), 1)
  else delete parent[key]
  return document
}

function applyOperation(document, operation, index = 0) {
  switch (operation.op) {
    case 'add':
      return addValue(document, operation.path, deepClone(operation.value), operation, index)
    case 'remove':
      return removeValue(document, operation.path, operation, index)
    case 'replace': {
      if (operation.path === '') return deepClone(operation.value)
      const next = removeValue(document, operation.path, operation, index)
      return addValue(next, operation.path, deepClone(operation.value), operation, index)
    }
    case 'move': {
      const value = getValueByPointer(document, operation.from)
      if (value === undefined) throw unresolvable(operation, index)
      if (operation.path.startsWith(operation.from + '/')) {
        throw new PatchError('Cannot move a value into one of its children', 'OPERATION_FROM_UNRESOLVABLE', index, operation)
      }
      const next = removeValue(document, operation.from, operation, index)
      return addValue(next, operation.path, value, operation, index)
    }
    case 'copy': {
      const value = getValueByPointer(document, operation.from)
      if (value === undefined) throw unresolvable(operation, index)
      return addValue(document, operation.path, deepClone(value), operation, index)
    }
    case 'test': {
      if (!deepEqual(getValueByPointer(document, operation.path), operation.value)) {
        throw new PatchError('Test operation failed', 'TEST_OPERATION_FAILED', index, operation)
      }
      return document
    }
    default:
      throw new PatchError('Operation `op` property is not one of operations defined in RFC 6902', 'OPERATION_OP_INVALID', index, operation)
  }
}

/**
 * Applies an RFC 6902 patch (typically the body of an `application/json-patch+json` request)
 * and returns the patched document. The input document is cloned unless `mutate` is set.
 */
function applyPatch(document, patch, options = {}) {
  const { validate = true, mutate = false } = options
  if (!Array.isArray(patch)) throw new PatchError('Patch sequence must be an array', 'SEQUENCE_NOT_AN_ARRAY', -1, undefined)
  let result = mutate ? document : deepClone(document)
  for (let i = 0; i < patch.length; i++) {
    if (validate) {
      const error = validateOperation(patch[i], i)
      if (error) throw error
    }
    result = applyOperation(result, patch[i], i)
  }
  return result
}

module.exports = { applyPatch, applyOperation, PatchError }
