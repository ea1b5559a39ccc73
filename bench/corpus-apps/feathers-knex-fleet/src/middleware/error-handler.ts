import type { ErrorRequestHandler } from 'express'
import { FeathersError, GeneralError } from '@feathersjs/errors'
import type { Logger } from 'winston'

/**
 * JSON error handler used instead of the stock one so that the dashboard gets
 * something useful to show in its error toast.
 */
export const jsonErrorHandler = (logger: Logger): ErrorRequestHandler => {
  return (err, req, res, _next) => {
    if (err instanceof FeathersError && err.code < 500) {
      // Feathers errors (NotFound, BadRequest, validation) carry a safe message and field data
      // safe: CWE-209
      res.status(err.code).json(err.toJSON())
      return
    }

    logger.error('Unhandled error on %s %s: %s', req.method, req.path, err.stack)
    const general = err instanceof FeathersError ? err : new GeneralError(err.message)
    // vuln: CWE-209
    res.status(general.code).json({ name: general.name, message: err.message, code: general.code, stack: err.stack })
  }
}
