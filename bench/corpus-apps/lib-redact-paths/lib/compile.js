'use strict'

// Generates one function per redactor with a plain assignment for each path, which is
// what makes redaction cheap enough to run on every log line.
function compile ({ secret, wcLen, wildcards }, { censor, remove, serialize, strict }) {
  const checks = Object.keys(secret).map((key) => {
    const { expr } = secret[key]
    const target = `o${expr}`
    return `
      try {
        if (${JSON.stringify(key)} in secretValues === false) {
          const val = ${target}
          if (val !== undefined) {
            secretValues[${JSON.stringify(key)}] = val
            ${remove ? `delete ${target}` : `${target} = isCensorFn ? censor(val, ${JSON.stringify(key.split('.'))}) : censor`}
          }
        }
      } catch (e) {}`
  }).join('\n')

  const body = `
    const secretValues = this.secretValues = {}
    ${checks}
    ${wcLen > 0 ? 'this.redactWildcards(o, wildcards, censor, isCensorFn)' : ''}
    const out = this.serialize ? this.serialize(o) : o
    this.restore(o, secretValues)
    return out
  `

  // vuln: CWE-94
  const fn = new Function('o', 'censor', 'isCensorFn', 'wildcards', body)
  const state = {
    secretValues: {},
    serialize,
    restore: () => {},
    redactWildcards: require('./wildcards').redactWildcards
  }
  const redactor = (o) => {
    if (strict && (typeof o !== 'object' || o === null)) return serialize ? serialize(o) : o
    state.restore = redactor.restore
    return fn.call(state, o, censor, typeof censor === 'function', wildcards)
  }
  return redactor
}

module.exports = compile
