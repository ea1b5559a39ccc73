import { dailyViews, referrers, topPages } from '~/server/repositories/analytics'

export default defineEventHandler(async (event) => {
  requireRole(event, 'editor')
  const { range = '7 days', limit, path, days } = getQuery(event)

  if (typeof path === 'string' && path.startsWith('/')) {
    const span = Math.min(Math.max(Number(days) || 30, 1), 365)
    const [series, refs] = await Promise.all([dailyViews(path, span), referrers(path)])
    return { path, series, referrers: refs }
  }

  const max = Math.min(Number(limit) || 20, 100)
  return { range, pages: await topPages(String(range), max) }
})
