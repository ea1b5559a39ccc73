'use strict'

function deepClone(value) {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(deepClone)
  if (value instanceof Date) return new Date(value.getTime())
  const out = {}
  for (const key of Object.keys(value)) {
    // own keys of a JSON document; "__proto__" becomes an own property here
    Object.defineProperty(out, key, { value: deepClone(value[key]), enumerable: true, writable: true, configurable: true })
  }
  return out
}

function deepEqual(a, b) {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]))
}

module.exports = { deepClone, deepEqual }
