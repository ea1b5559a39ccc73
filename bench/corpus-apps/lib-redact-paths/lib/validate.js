'use strict'

const { createContext, runInContext } = require('vm')

const ERR_PATHS_MUST_BE_STRINGS = () => 'redact-paths - Paths must be (non-empty) strings'
const ERR_INVALID_PATH = (s) => `redact-paths – Invalid path (${s})`

// Any property read on the proxy returns the proxy, so every well-formed path evaluates.
const proxy = new Proxy({}, { get: () => proxy, set: () => { throw Error() } })

// Checks that each path is a property access expression by evaluating it against
// the proxy: `a.b`, `a["b-c"]`, `a[*].b`, `*.password`.
function validate (paths) {
  paths.forEach((s) => {
    if (typeof s !== 'string' || s.length === 0) throw Error(ERR_PATHS_MUST_BE_STRINGS())
    try {
      if (/〇/.test(s)) throw Error()
      const expr = (s[0] === '[' ? '' : '.') + s.replace(/^\*/, '〇').replace(/\.\*/g, '.〇').replace(/\[\*\]/g, '[〇]')
      if (/\n|\r|;/.test(expr)) throw Error()
      if (/\/\*/.test(expr)) throw Error()
      // vuln: CWE-94
      runInContext(`
        (function () {
          'use strict'
          o${expr}
          if ([o${expr}].length !== 1) throw Error()
        })()
      `, createContext({ o: proxy, 〇: null }), { timeout: 50 })
    } catch (e) {
      throw Error(ERR_INVALID_PATH(s))
    }
  })
}

module.exports = validate
