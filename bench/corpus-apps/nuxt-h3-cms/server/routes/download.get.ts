import { createReadStream, existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import { EXPORTS_ROOT, verifyMediaSignature } from '../utils/media'

/**
 * GET /download?file=site-export-2024-05-01.zip&expires=…&sig=…
 * Export archives are linked from the "export finished" e-mail.
 */
export default defineEventHandler((event) => {
  const { file, expires, sig } = getQuery(event)
  if (typeof file !== 'string' || typeof sig !== 'string') {
    throw createError({ statusCode: 400, statusMessage: 'Bad download link' })
  }
  const user = event.context.user
  if (!user && !verifyMediaSignature(`/download/${file}`, Number(expires), sig)) {
    throw createError({ statusCode: 403, statusMessage: 'Link expired' })
  }

  const full = join(EXPORTS_ROOT, file)
  if (!existsSync(full)) {
    throw createError({ statusCode: 404, statusMessage: 'Export not found' })
  }
  setHeader(event, 'content-type', 'application/zip')
  setHeader(event, 'content-disposition', `attachment; filename="${basename(full)}"`)
  // vuln: CWE-22
  return sendStream(event, createReadStream(full))
})
