import { createReadStream, existsSync } from 'node:fs'
import { join } from 'node:path'

const EXPORTS_ROOT = '/var/lib/app/exports'

export default defineEventHandler((event) => {
  const { file } = getQuery(event)
  const full = join(EXPORTS_ROOT, String(file))
  // Checking that the file exists is part of the read below: one finding, there.
  // ok: js/path-traversal
  if (!existsSync(full)) {
    throw createError({ statusCode: 404, statusMessage: 'Export not found' })
  }
  // ruleid: js/path-traversal
  return sendStream(event, createReadStream(full))
})

export const exists = defineEventHandler((event) => {
  const { name } = getQuery(event)
  // Only checked, never opened: the check itself tells which files exist anywhere on the disk.
  // ruleid: js/path-traversal
  return { exists: existsSync(join(EXPORTS_ROOT, String(name))) }
})
