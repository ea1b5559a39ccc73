'use strict'

// token / quoted-string parameters of a Content-Disposition value (RFC 6266 §4.1)
const PARAM = /;\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+\*?)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g

function parseDisposition (header) {
  const params = Object.create(null)
  const semi = header.indexOf(';')
  if (semi === -1) return params
  PARAM.lastIndex = 0
  const rest = header.slice(semi)
  let m
  while ((m = PARAM.exec(rest)) !== null) {
    const key = m[1].toLowerCase()
    if (key in params) continue
    params[key] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]
  }
  return params
}

module.exports = { parseDisposition }
