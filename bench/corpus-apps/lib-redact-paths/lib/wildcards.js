'use strict'

function get (obj, path) {
  let current = obj
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined
    current = current[key]
  }
  return current
}

// Wildcard paths are walked as data: `cards[*].number`, `*.password`.
function redactWildcards (o, wildcards, censor, isCensorFn) {
  for (const { before, after } of wildcards) {
    const parent = before.length ? get(o, before) : o
    if (parent === null || typeof parent !== 'object') continue
    for (const key of Object.keys(parent)) {
      const holder = after.length > 1 ? get(parent[key], after.slice(0, -1)) : after.length === 1 ? parent[key] : parent
      const leaf = after.length ? after[after.length - 1] : key
      if (holder === null || typeof holder !== 'object' || !Object.prototype.hasOwnProperty.call(holder, leaf)) continue
      holder[leaf] = isCensorFn ? censor(holder[leaf], [...before, key, ...after]) : censor
    }
  }
}

module.exports = { redactWildcards, get }
