'use strict'

function resolveCensor (censor) {
  if (typeof censor === 'function') return censor
  if (censor === undefined) return '[REDACTED]'
  if (typeof censor === 'string' || typeof censor === 'number' || typeof censor === 'boolean' || censor === null) return censor
  throw TypeError('redact-paths - censor must be a primitive value or a function')
}

module.exports = { resolveCensor }
