'use strict'

const { parseDisposition } = require('./lib/disposition')
const { decodeExtValue } = require('./lib/ext-value')
const { sanitizeFilename } = require('./lib/sanitize')
const { storeStream, uniqueName } = require('./lib/store')

/**
 * Name the uploaded file from a Content-Disposition header:
 *   attachment; filename="report.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf
 * RFC 6266 says `filename*` wins when both are present.
 */
function filenameFromHeader (header, fallback = 'upload.bin') {
  const params = parseDisposition(header || '')
  if (params['filename*'] !== undefined) {
    const cleaned = sanitizeFilename(params['filename*'])
    return decodeExtValue(cleaned) || fallback
  }
  if (params.filename !== undefined) {
    return sanitizeFilename(params.filename) || fallback
  }
  return fallback
}

/**
 * receive(req, { dir, maxBytes, overwrite }) → { path, name, bytes }
 * Works with any Node request stream (http, Express, Koa's ctx.req, Fastify's request.raw).
 */
async function receive (req, opts = {}) {
  if (!opts.dir) throw new TypeError('raw-upload: `dir` is required')
  const header = req.headers['content-disposition']
  let name = filenameFromHeader(header, opts.fallbackName)
  if (!opts.overwrite) name = await uniqueName(opts.dir, name)
  return storeStream(req, opts.dir, name, { maxBytes: opts.maxBytes || 50 * 1024 * 1024 })
}

module.exports = { receive, filenameFromHeader, sanitizeFilename }
