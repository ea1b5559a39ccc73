'use strict'

// RFC 5987 ext-value: charset "'" [ language ] "'" value-chars
const EXT_VALUE = /^([A-Za-z0-9!#$&+\-^_`{}~]+)'([A-Za-z0-9-]*)'(.*)$/

function decodeExtValue (value) {
  const m = EXT_VALUE.exec(value)
  if (!m) return value
  const charset = m[1].toLowerCase()
  const encoded = m[3]
  if (charset === 'utf-8') {
    try {
      return decodeURIComponent(encoded)
    } catch (e) {
      return ''
    }
  }
  if (charset === 'iso-8859-1') {
    return encoded.replace(/%([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
  }
  return ''
}

module.exports = { decodeExtValue }
