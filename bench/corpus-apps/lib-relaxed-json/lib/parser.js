'use strict'

const { tokenize } = require('./lexer')
const { RelaxJsonSyntaxError } = require('./errors')

/**
 * Recursive-descent parser over the token list. Objects are built as plain
 * objects, arrays as arrays; a reviver works like JSON.parse's.
 */
function parse (text, reviver) {
  const tokens = tokenize(String(text))
  let i = 0

  const fail = (tok, msg) => {
    throw new RelaxJsonSyntaxError(msg, tok.line, tok.column)
  }
  const isPunct = (tok, value) => tok.type === 'punct' && tok.value === value
  const expectPunct = (value) => {
    const tok = tokens[i]
    if (!isPunct(tok, value)) fail(tok, `expected '${value}'`)
    i++
  }

  function parseValue () {
    const tok = tokens[i]
    switch (tok.type) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'null':
        i++
        return tok.value
      case 'identifier':
        fail(tok, `unexpected identifier ${tok.value}`)
        break
      case 'punct':
        if (tok.value === '{') return parseObject()
        if (tok.value === '[') return parseArray()
        fail(tok, `unexpected '${tok.value}'`)
        break
      default:
        fail(tok, 'unexpected end of input')
    }
  }

  function parseKey () {
    const tok = tokens[i]
    if (tok.type === 'string' || tok.type === 'identifier') {
      i++
      return tok.value
    }
    if (tok.type === 'boolean' || tok.type === 'null') {
      i++
      return String(tok.value)
    }
    fail(tok, 'expected a property name')
  }

  function parseObject () {
    expectPunct('{')
    const obj = {}
    while (!isPunct(tokens[i], '}')) {
      const key = parseKey()
      expectPunct(':')
      const value = parseValue()
      // vuln: CWE-1321
      obj[key] = value
      if (isPunct(tokens[i], ',')) {
        i++
        continue
      }
      if (!isPunct(tokens[i], '}')) fail(tokens[i], "expected ',' or '}'")
    }
    i++
    return obj
  }

  function parseArray () {
    expectPunct('[')
    const arr = []
    while (!isPunct(tokens[i], ']')) {
      arr.push(parseValue())
      if (isPunct(tokens[i], ',')) {
        i++
        continue
      }
      if (!isPunct(tokens[i], ']')) fail(tokens[i], "expected ',' or ']'")
    }
    i++
    return arr
  }

  const result = parseValue()
  if (tokens[i].type !== 'eof') fail(tokens[i], 'unexpected data after the value')

  if (typeof reviver === 'function') {
    return internalize({ '': result }, '', reviver)
  }
  return result
}

function internalize (holder, name, reviver) {
  const value = holder[name]
  if (value != null && typeof value === 'object') {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const replacement = internalize(value, String(i), reviver)
        if (replacement === undefined) delete value[i]
        else value[i] = replacement
      }
    } else {
      for (const key of Object.keys(value)) {
        const replacement = internalize(value, key, reviver)
        if (replacement === undefined) delete value[key]
        else Object.defineProperty(value, key, { value: replacement, writable: true, enumerable: true, configurable: true })
      }
    }
  }
  return reviver.call(holder, name, value)
}

module.exports = { parse }
