import { logger } from '../logger.js'

export function notFound(req, res) {
  if (req.accepts('html')) {
    return res.status(404).render('error', { title: 'Not found', message: 'We could not find that page.' })
  }
  res.status(404).json({ error: 'not_found' })
}

// Express 5 forwards rejected promises from async handlers here.
export function errorHandler(err, req, res, next) {
  if (res.headersSent) return next(err)

  const status = Number.isInteger(err.status) && err.status >= 400 && err.status < 600 ? err.status : 500
  const requestId = req.get('x-request-id') ?? ''
  logger.error(`request ${requestId} failed: ${err.stack ?? err}`)

  if (err.type === 'entity.parse.failed') {
    return res.status(400).json({ error: 'invalid_json' })
  }
  if (req.accepts('html')) {
    // safe: CWE-209
    return res.status(status).render('error', { title: 'Error', message: 'Something went wrong. Please try again.' })
  }
  res.status(status).json({ error: status === 500 ? 'internal_error' : err.expose ? err.message : 'request_failed', requestId })
}
