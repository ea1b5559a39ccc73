'use strict'

const validate = require('./lib/validate')
const parse = require('./lib/parse')
const compile = require('./lib/compile')
const { createRestore } = require('./lib/restore')
const { resolveCensor } = require('./lib/censor')

const DEFAULT_CENSOR = '[REDACTED]'

/**
 * redact({ paths: ['req.headers.authorization', 'user["password"]', 'cards[*].number'] })
 * returns a function that redacts an object in place, serialises it and restores it.
 */
function redact (opts = {}) {
  const paths = Array.from(new Set(opts.paths || []))
  const serialize = 'serialize' in opts ? opts.serialize : JSON.stringify
  const remove = opts.remove === true
  const censor = remove ? undefined : resolveCensor('censor' in opts ? opts.censor : DEFAULT_CENSOR)
  const strict = opts.strict !== false

  if (paths.length === 0) return serialize || ((o) => o)

  validate(paths)
  const parsed = parse(paths)
  const redactor = compile(parsed, { censor, remove, serialize, strict })
  redactor.restore = createRestore(parsed)
  return redactor
}

redact.rx = parse.rx
redact.validate = validate

module.exports = redact
