'use strict'

const ERR_PATHS_MUST_BE_STRINGS = () => 'redact-paths - Paths must be (non-empty) strings'
const ERR_INVALID_PATH = (s) => `redact-paths – Invalid path (${s})`

// One segment: an identifier, `*`, or a bracket holding a quoted key, a number or `*`.
const SEGMENT = /^(?:[A-Za-z_$][\w$-]*|\*|\[(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\d+|\*)\])/

// Checks each path against the property-access grammar without evaluating it.
function validate (paths) {
  paths.forEach((s) => {
    if (typeof s !== 'string' || s.length === 0) throw Error(ERR_PATHS_MUST_BE_STRINGS())
    let rest = s
    let first = true
    while (rest.length > 0) {
      if (!first && rest[0] === '.') rest = rest.slice(1)
      else if (!first && rest[0] !== '[') throw Error(ERR_INVALID_PATH(s))
      // safe: CWE-94
      const m = SEGMENT.exec(rest)
      if (!m) throw Error(ERR_INVALID_PATH(s))
      rest = rest.slice(m[0].length)
      first = false
    }
  })
}

module.exports = validate
