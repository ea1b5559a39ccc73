'use strict'

// Puts the original values back after serialisation, walking the parsed segments.
function createRestore ({ secret }) {
  const entries = Object.keys(secret).map((key) => [key, secret[key].path])
  return function restore (o, secretValues) {
    for (const [key, path] of entries) {
      if (!(key in secretValues)) continue
      let holder = o
      for (let i = 0; i < path.length - 1; i++) {
        if (holder === null || typeof holder !== 'object') break
        holder = holder[path[i]]
      }
      if (holder !== null && typeof holder === 'object') {
        Object.defineProperty(holder, path[path.length - 1], { value: secretValues[key], writable: true, enumerable: true, configurable: true })
      }
    }
  }
}

module.exports = { createRestore }
