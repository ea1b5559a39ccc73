import { mergeDeep } from '../../../utils/merge'

/**
 * POST /api/admin/settings/import (multipart, field "bundle")
 * Accepts the settings.json produced by "Export settings" on another Northwind site.
 */
export default defineEventHandler(async (event) => {
  requireRole(event, 'admin')
  const parts = await readMultipartFormData(event)
  const bundle = parts?.find((p) => p.name === 'bundle')
  if (!bundle) {
    throw createError({ statusCode: 400, statusMessage: 'Missing settings bundle' })
  }

  let incoming: Record<string, unknown>
  try {
    incoming = JSON.parse(bundle.data.toString('utf8'))
  } catch {
    // safe: CWE-209
    throw createError({ statusCode: 400, statusMessage: 'settings.json is not valid JSON' })
  }

  const current = await loadSettings()
  const merged = mergeDeep(current, (incoming.settings ?? incoming) as Record<string, unknown>)
  await saveSettings(merged)
  return { ok: true, settings: merged }
})
