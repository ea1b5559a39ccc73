'use strict'

const ILLEGAL = /[/\\?<>:*|"]/g
const CONTROL = /[\x00-\x1f\x80-\x9f]/g
const RESERVED = /^\.+$/
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i
const WINDOWS_TRAILING = /[. ]+$/

function truncate (name, maxBytes) {
  let out = name
  while (Buffer.byteLength(out, 'utf8') > maxBytes) out = out.slice(0, -1)
  return out
}

/** Removes path separators, control and reserved characters, and reserved names. */
function sanitizeFilename (input, replacement = '') {
  if (typeof input !== 'string') throw new TypeError('raw-upload: filename must be a string')
  const cleaned = input
    .replace(ILLEGAL, replacement)
    .replace(CONTROL, replacement)
    .replace(RESERVED, replacement)
    .replace(WINDOWS_RESERVED, replacement)
    .replace(WINDOWS_TRAILING, replacement)
  return truncate(cleaned, 255)
}

module.exports = { sanitizeFilename }
