import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { MEDIA_ROOT } from '../../utils/media'

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.svg': 'text/plain'
}

export default defineEventHandler(async (event) => {
  const rel = getRouterParam(event, 'path', { decode: true }) ?? ''
  const full = resolve(MEDIA_ROOT, rel)
  if (!full.startsWith(MEDIA_ROOT + sep)) {
    throw createError({ statusCode: 404, statusMessage: 'Not found' })
  }
  const info = await stat(full).catch(() => null)
  if (!info?.isFile()) {
    throw createError({ statusCode: 404, statusMessage: 'Not found' })
  }
  setHeader(event, 'content-type', TYPES[extname(full).toLowerCase()] ?? 'application/octet-stream')
  setHeader(event, 'content-length', info.size)
  // safe: CWE-22
  return sendStream(event, createReadStream(full))
})
