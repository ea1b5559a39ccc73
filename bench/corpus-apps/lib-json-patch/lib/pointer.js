'use strict'

/** RFC 6901: "/a~1b/c~0d" -> ["a/b", "c~d"] */
function parsePointer(pointer) {
  if (pointer === '') return []
  if (typeof pointer !== 'string' || pointer.charAt(0) !== '/') {
    throw new TypeError(`Invalid JSON pointer: ${JSON.stringify(pointer)}`)
  }
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function escapeToken(token) {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1')
}

function formatPointer(tokens) {
  return tokens.length === 0 ? '' : '/' + tokens.map(escapeToken).join('/')
}

function isArrayIndex(token) {
  return /^(0|[1-9][0-9]*)$/.test(token)
}

function getValueByPointer(document, pointer) {
  let node = document
  for (const token of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined
    if (Array.isArray(node)) {
      if (!isArrayIndex(token)) return undefined
      node = node[Number(token)]
    } else {
      node = Object.prototype.hasOwnProperty.call(node, token) ? node[token] : undefined
    }
  }
  return node
}

module.exports = { parsePointer, formatPointer, escapeToken, isArrayIndex, getValueByPointer }
