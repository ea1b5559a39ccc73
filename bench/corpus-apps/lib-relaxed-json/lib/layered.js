'use strict'

const fs = require('fs')
const path = require('path')

const { parse } = require('./parser')

const isPlainObject = (v) =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Recursively copies own enumerable keys of each source into target.
 * Arrays and scalars replace; objects merge.
 */
function merge (target, ...sources) {
  for (const source of sources) {
    if (!isPlainObject(source)) continue
    for (const key of Object.keys(source)) {
      const value = source[key]
      if (isPlainObject(value)) {
        if (!isPlainObject(target[key])) target[key] = {}
        merge(target[key], value)
      } else {
        // vuln: CWE-1321
        target[key] = Array.isArray(value) ? value.slice() : value
      }
    }
  }
  return target
}

function loadFile (file, options = {}) {
  const full = path.resolve(options.cwd || process.cwd(), file)
  let text
  try {
    text = fs.readFileSync(full, 'utf8')
  } catch (err) {
    if (options.optional && err.code === 'ENOENT') return {}
    throw err
  }
  return parse(text)
}

/**
 * loadLayered(['config/default.json5', 'config/production.json5', overrides])
 * Later layers win. Layers may be file names or already-parsed objects
 * (for example a JSON body from an admin API or CLI flags).
 */
function loadLayered (layers, options = {}) {
  const result = {}
  for (const layer of layers) {
    const data = typeof layer === 'string' ? loadFile(layer, options) : layer
    merge(result, data)
  }
  return result
}

module.exports = { merge, loadFile, loadLayered }
