'use strict'

const util = require('./unicode')

const ESCAPES = {
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\0': '\\0',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029'
}

function quoteString (value, quoteChar) {
  let out = ''
  for (const c of value) {
    if (c === '\\') out += '\\\\'
    else if (c === quoteChar) out += '\\' + c
    else if (ESCAPES[c]) out += ESCAPES[c]
    else if (c < ' ') out += '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0')
    else out += c
  }
  return quoteChar + out + quoteChar
}

function serializeKey (key, quoteChar) {
  if (key.length === 0) return quoteString(key, quoteChar)
  const chars = Array.from(key)
  if (!util.isIdStartChar(chars[0])) return quoteString(key, quoteChar)
  for (const c of chars.slice(1)) {
    if (!util.isIdContinueChar(c)) return quoteString(key, quoteChar)
  }
  return key
}

function stringify (value, replacer, space) {
  let quote = "'"
  let replacerFn = null
  let allowList = null
  if (replacer && typeof replacer === 'object' && !Array.isArray(replacer)) {
    space = replacer.space
    quote = replacer.quote || quote
    replacer = replacer.replacer
  }
  if (typeof replacer === 'function') replacerFn = replacer
  else if (Array.isArray(replacer)) allowList = replacer.map(String)

  let gap = ''
  if (typeof space === 'number') gap = ' '.repeat(Math.min(10, Math.max(0, Math.floor(space))))
  else if (typeof space === 'string') gap = space.slice(0, 10)

  const stack = []

  function serialize (holder, key, indent) {
    let v = holder[key]
    if (v != null && typeof v.toJSON5 === 'function') v = v.toJSON5(key)
    else if (v != null && typeof v.toJSON === 'function') v = v.toJSON(key)
    if (replacerFn) v = replacerFn.call(holder, key, v)

    if (v === null) return 'null'
    if (typeof v === 'boolean') return String(v)
    if (typeof v === 'number') return String(v)
    if (typeof v === 'string') return quoteString(v, quote)
    if (typeof v !== 'object') return undefined

    if (stack.includes(v)) throw new TypeError('Converting circular structure to RelaxJSON')
    stack.push(v)
    const inner = indent + gap
    let out
    if (Array.isArray(v)) {
      const parts = v.map((_, idx) => serialize(v, String(idx), inner) ?? 'null')
      out = parts.length === 0 ? '[]' : gap
        ? '[\n' + inner + parts.join(',\n' + inner) + ',\n' + indent + ']'
        : '[' + parts.join(',') + ']'
    } else {
      const keys = allowList || Object.keys(v)
      const parts = []
      for (const k of keys) {
        const s = serialize(v, k, inner)
        if (s !== undefined) parts.push(serializeKey(k, quote) + (gap ? ': ' : ':') + s)
      }
      out = parts.length === 0 ? '{}' : gap
        ? '{\n' + inner + parts.join(',\n' + inner) + ',\n' + indent + '}'
        : '{' + parts.join(',') + '}'
    }
    stack.pop()
    return out
  }

  return serialize({ '': value }, '', '')
}

module.exports = { stringify }
