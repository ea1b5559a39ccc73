'use strict'

const util = require('./unicode')
const { RelaxJsonSyntaxError } = require('./errors')

/**
 * Turns relaxed-JSON source into tokens:
 *   { type: 'punct' | 'string' | 'number' | 'identifier' | 'boolean' | 'null' | 'eof', value }
 */
function tokenize (source) {
  const tokens = []
  let pos = 0
  let line = 1
  let column = 1

  const fail = (msg) => { throw new RelaxJsonSyntaxError(msg, line, column) }
  const peek = (o = 0) => source[pos + o]
  const next = () => {
    const c = source[pos++]
    if (c === '\n') { line++; column = 1 } else { column++ }
    return c
  }

  const skipTrivia = () => {
    for (;;) {
      const c = peek()
      if (util.isSpaceSeparator(c)) { next(); continue }
      if (c === '/' && peek(1) === '/') {
        while (pos < source.length && peek() !== '\n') next()
        continue
      }
      if (c === '/' && peek(1) === '*') {
        next(); next()
        while (pos < source.length && !(peek() === '*' && peek(1) === '/')) next()
        if (pos >= source.length) fail('unterminated comment')
        next(); next()
        continue
      }
      return
    }
  }

  const readString = (quote) => {
    let out = ''
    next()
    for (;;) {
      const c = next()
      if (c === undefined) fail('unterminated string')
      if (c === quote) return out
      if (c === '\\') {
        const e = next()
        switch (e) {
          case 'b': out += '\b'; break
          case 'f': out += '\f'; break
          case 'n': out += '\n'; break
          case 'r': out += '\r'; break
          case 't': out += '\t'; break
          case 'v': out += '\v'; break
          case '0': out += '\0'; break
          case 'x': {
            const h = source.substr(pos, 2)
            if (!/^[0-9a-fA-F]{2}$/.test(h)) fail('bad \\x escape')
            next(); next()
            out += String.fromCharCode(parseInt(h, 16))
            break
          }
          case 'u': {
            const h = source.substr(pos, 4)
            if (!/^[0-9a-fA-F]{4}$/.test(h)) fail('bad \\u escape')
            for (let i = 0; i < 4; i++) next()
            out += String.fromCharCode(parseInt(h, 16))
            break
          }
          case '\n': break
          case '\r': if (peek() === '\n') next(); break
          default: out += e
        }
        continue
      }
      if (c === '\n' || c === '\r') fail('unescaped line break in string')
      out += c
    }
  }

  const readNumber = () => {
    const start = pos
    if (peek() === '+' || peek() === '-') next()
    if (source.startsWith('Infinity', pos)) {
      for (let i = 0; i < 8; i++) next()
      return Number(source.slice(start, pos))
    }
    if (source.startsWith('NaN', pos)) {
      next(); next(); next()
      return NaN
    }
    if (peek() === '0' && (peek(1) === 'x' || peek(1) === 'X')) {
      next(); next()
      while (util.isHexDigit(peek())) next()
      const text = source.slice(start, pos)
      const sign = text[0] === '-' ? -1 : 1
      return sign * parseInt(text.replace(/^[+-]/, ''), 16)
    }
    while (util.isDigit(peek())) next()
    if (peek() === '.') { next(); while (util.isDigit(peek())) next() }
    if (peek() === 'e' || peek() === 'E') {
      next()
      if (peek() === '+' || peek() === '-') next()
      while (util.isDigit(peek())) next()
    }
    const value = Number(source.slice(start, pos))
    if (Number.isNaN(value)) fail('invalid number')
    return value
  }

  const readIdentifier = () => {
    let out = ''
    while (pos < source.length && (out === '' ? util.isIdStartChar(peek()) : util.isIdContinueChar(peek()))) {
      out += next()
    }
    if (out === '') fail(`unexpected character ${JSON.stringify(peek())}`)
    return out
  }

  for (;;) {
    skipTrivia()
    if (pos >= source.length) {
      tokens.push({ type: 'eof', line, column })
      return tokens
    }
    const c = peek()
    const at = { line, column }
    if ('{}[]:,'.includes(c)) {
      next()
      tokens.push({ type: 'punct', value: c, ...at })
    } else if (c === '"' || c === "'") {
      tokens.push({ type: 'string', value: readString(c), ...at })
    } else if (util.isDigit(c) || c === '-' || c === '+' || c === '.' ||
      (c === 'I' && source.startsWith('Infinity', pos)) || (c === 'N' && source.startsWith('NaN', pos))) {
      tokens.push({ type: 'number', value: readNumber(), ...at })
    } else {
      const id = readIdentifier()
      if (id === 'true' || id === 'false') tokens.push({ type: 'boolean', value: id === 'true', ...at })
      else if (id === 'null') tokens.push({ type: 'null', value: null, ...at })
      else tokens.push({ type: 'identifier', value: id, ...at })
    }
  }
}

module.exports = { tokenize }
