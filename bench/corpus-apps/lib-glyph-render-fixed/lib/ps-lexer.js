/**
 * Tokenizer for the PostScript subset used in cleartext Type 1 font
 * programs: numbers, /names, (strings), [ ] arrays, { } procedures,
 * << >> dictionaries and bare operators.
 */
export function * lex (text) {
  let i = 0
  const n = text.length
  while (i < n) {
    const c = text[i]
    if (c === '%') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++
      continue
    }
    if (/\s/.test(c)) { i++; continue }
    if (c === '[' || c === ']' || c === '{' || c === '}') {
      yield { type: c }
      i++
      continue
    }
    if (c === '<' && text[i + 1] === '<') { yield { type: '<<' }; i += 2; continue }
    if (c === '>' && text[i + 1] === '>') { yield { type: '>>' }; i += 2; continue }
    if (c === '(') {
      // literal string with balanced parentheses and backslash escapes
      let depth = 1
      let out = ''
      i++
      while (i < n && depth > 0) {
        const ch = text[i++]
        if (ch === '\\') {
          const e = text[i++]
          out += e === 'n' ? '\n' : e === 'r' ? '\r' : e === 't' ? '\t' : e
          continue
        }
        if (ch === '(') depth++
        if (ch === ')' && --depth === 0) break
        out += ch
      }
      yield { type: 'string', value: out }
      continue
    }
    let j = i
    while (j < n && !/[\s[\]{}()<>/%]/.test(text[j])) j++
    if (c === '/') {
      j = i + 1
      while (j < n && !/[\s[\]{}()<>/%]/.test(text[j])) j++
      yield { type: 'name', value: text.slice(i + 1, j) }
      i = j
      continue
    }
    const word = text.slice(i, j)
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(word)) {
      yield { type: 'number', value: parseFloat(word) }
    } else {
      yield { type: 'operator', value: word }
    }
    i = j > i ? j : i + 1
  }
}
