'use strict'

const { escapeToken } = require('./pointer')
const { deepClone, deepEqual } = require('./clone')

function diff(left, right, path, ops) {
  if (left === right) return
  const bothObjects = left && right && typeof left === 'object' && typeof right === 'object' && Array.isArray(left) === Array.isArray(right)
  if (!bothObjects) {
    if (!deepEqual(left, right)) ops.push({ op: 'replace', path, value: deepClone(right) })
    return
  }
  for (const key of Object.keys(left)) {
    const child = `${path}/${escapeToken(key)}`
    if (Object.prototype.hasOwnProperty.call(right, key)) diff(left[key], right[key], child, ops)
    else ops.push({ op: 'remove', path: child })
  }
  for (const key of Object.keys(right)) {
    if (!Object.prototype.hasOwnProperty.call(left, key)) {
      ops.push({ op: 'add', path: `${path}/${escapeToken(key)}`, value: deepClone(right[key]) })
    }
  }
}

/** Generates the operations that turn `left` into `right`. */
function compare(left, right) {
  const ops = []
  diff(left, right, '', ops)
  return ops
}

module.exports = { compare }
