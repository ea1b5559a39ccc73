'use strict'

const { redactWildcards } = require('./wildcards')

const own = (obj, key) => obj !== null && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, key)

// Each path is kept as its list of segments and walked as data (no generated code
// since 2.3.1); only own properties are followed.
function compile ({ secret, wcLen, wildcards }, { censor, remove, serialize, strict }) {
  const entries = Object.keys(secret).map((key) => ({ key, path: secret[key].path }))
  const isCensorFn = typeof censor === 'function'

  const redactor = (o) => {
    if (strict && (typeof o !== 'object' || o === null)) return serialize ? serialize(o) : o
    const secretValues = {}
    for (const { key, path } of entries) {
      let holder = o
      for (let i = 0; i < path.length - 1 && holder !== undefined; i++) {
        holder = own(holder, path[i]) ? holder[path[i]] : undefined
      }
      const leaf = path[path.length - 1]
      if (!own(holder, leaf) || key in secretValues) continue
      secretValues[key] = holder[leaf]
      if (remove) delete holder[leaf]
      // safe: CWE-94
      else holder[leaf] = isCensorFn ? censor(holder[leaf], path) : censor
    }
    if (wcLen > 0) redactWildcards(o, wildcards, censor, isCensorFn)
    const out = serialize ? serialize(o) : o
    redactor.restore(o, secretValues)
    return out
  }
  return redactor
}

module.exports = compile
