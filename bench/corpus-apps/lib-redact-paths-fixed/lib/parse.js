'use strict'

// Splits a path into segments, keeping bracketed parts as written: a.b["c-d"][0].e
const rx = /[^.[\]]+|\[((?:.)*?)\]/g

function parse (paths) {
  const wildcards = []
  let wcLen = 0
  const secret = paths.reduce((o, strPath, ix) => {
    let path = strPath.match(rx).map((p) => p.replace(/'|"|`/g, ''))
    const leadingBracket = strPath[0] === '['
    path = path.map((p) => (p[0] === '[' ? p.slice(1, -1) : p))
    const star = path.indexOf('*')
    if (star > -1) {
      const before = path.slice(0, star)
      const beforeStr = before.join('.')
      const after = path.slice(star + 1)
      wildcards.push({ before, beforeStr, after, nested: after.length > 0 })
      wcLen += 1
    } else {
      o[strPath] = { path, leadingBracket, ix }
    }
    return o
  }, {})
  return { wildcards, wcLen, secret }
}

parse.rx = rx

module.exports = parse
