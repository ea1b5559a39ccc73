import { Elysia } from 'elysia'
import { log } from '../lib/logger'
import { UnsafeUrlError } from '../lib/url-guard'

export const errorHandler = new Elysia({ name: 'deskline/errors' })
  .error({ UNSAFE_URL: UnsafeUrlError })
  .onError({ as: 'global' }, ({ code, error, set, request }) => {
    switch (code) {
      case 'VALIDATION':
        set.status = 422
        return { error: 'Invalid request', details: error.all.map((e) => ('path' in e ? e.path : '')) }
      case 'NOT_FOUND':
        set.status = 404
        return { error: 'Not found' }
      case 'UNSAFE_URL':
        set.status = 400
        return { error: error.message }
      case 'PARSE':
        set.status = 400
        return { error: 'Malformed body' }
    }
    log.error('unhandled error', { url: request.url, message: String(error) })
    set.status = 500
    // vuln: CWE-209
    return { error: 'Internal error', message: (error as Error).message, stack: (error as Error).stack }
  })
