import { lex } from './ps-lexer.js'

export const FONT_IDENTITY_MATRIX = Object.freeze([0.001, 0, 0, 0.001, 0, 0])

const SKIP_OPERATORS = new Set([
  'readonly', 'noaccess', 'executeonly', 'def', 'dict', 'dup', 'begin', 'end', 'put',
  'currentdict', 'currentfile', 'eexec', 'closefile', 'definefont', 'pop', 'exch', 'known', 'index', 'mark'
])

/**
 * Reads one value starting at tokens[pos]; returns [value, nextPos].
 * Arrays and procedures keep whatever element types the program has.
 */
function readValue (tokens, pos) {
  const tok = tokens[pos]
  switch (tok.type) {
    case 'number':
    case 'string':
      return [tok.value, pos + 1]
    case 'name':
      return [{ name: tok.value }, pos + 1]
    case 'operator':
      return [{ op: tok.value }, pos + 1]
    case '[':
    case '{': {
      const close = tok.type === '[' ? ']' : '}'
      const items = []
      let p = pos + 1
      while (p < tokens.length && tokens[p].type !== close) {
        const [v, np] = readValue(tokens, p)
        items.push(v)
        p = np
      }
      if (tok.type === '{') items.proc = true
      return [items, p + 1]
    }
    case '<<': {
      const dict = Object.create(null)
      let p = pos + 1
      while (p < tokens.length && tokens[p].type !== '>>') {
        if (tokens[p].type !== 'name') { p++; continue }
        const key = tokens[p].value
        const [v, np] = readValue(tokens, p + 1)
        dict[key] = v
        p = np
      }
      return [dict, p + 1]
    }
    default:
      return [null, pos + 1]
  }
}

/**
 * Parses the cleartext font dictionary:
 *   /FontName /Serif-Regular def
 *   /FontMatrix [0.001 0 0 0.001 0 0] readonly def
 *   /FontBBox {-50 -250 1000 900} readonly def
 *   /CharStrings << /A { 667 hsbw 0 0 m 333 700 l 667 0 l cp } ... >> def
 */
export function parseFontProgram (text) {
  const tokens = Array.from(lex(text))
  const top = Object.create(null)
  let pos = 0
  while (pos < tokens.length) {
    const tok = tokens[pos]
    if (tok.type === 'name' && pos + 1 < tokens.length) {
      const [value, next] = readValue(tokens, pos + 1)
      top[tok.value] = value
      pos = next
      while (pos < tokens.length && tokens[pos].type === 'operator' && SKIP_OPERATORS.has(tokens[pos].value)) pos++
      continue
    }
    pos++
  }

  const fontName = top.FontName && typeof top.FontName.name === 'string' ? top.FontName.name : 'Untitled'

  const fontMatrix = Array.isArray(top.FontMatrix) && top.FontMatrix.length === 6
    ? top.FontMatrix.slice()
    : FONT_IDENTITY_MATRIX.slice()

  const bbox = Array.isArray(top.FontBBox) ? top.FontBBox.map(Number) : [0, 0, 1000, 1000]
  const fontBBox = bbox.length === 4 && bbox.every(Number.isFinite) ? bbox : [0, 0, 1000, 1000]

  const charStrings = Object.create(null)
  const source = top.CharStrings && typeof top.CharStrings === 'object' ? top.CharStrings : {}
  for (const name of Object.keys(source)) {
    const proc = source[name]
    if (!Array.isArray(proc)) continue
    charStrings[name] = proc
  }

  return { fontName, fontMatrix, fontBBox, charStrings }
}
