import { defu } from 'defu'
import type { SiteSettings } from '../../utils/settings'

/** PUT /api/admin/settings — partial update from the settings form. */
export default defineEventHandler(async (event) => {
  requireRole(event, 'admin')
  const patch = await readBody<Partial<SiteSettings>>(event)
  const current = await loadSettings()
  // safe: CWE-1321
  const next = defu(patch, current) as SiteSettings
  await saveSettings(next)
  return next
})
