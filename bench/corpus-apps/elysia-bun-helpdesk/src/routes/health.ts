import { Elysia } from 'elysia'
import { dbPlugin } from '../plugins/db'
import { config } from '../config'

export const healthRoutes = new Elysia()
  .use(dbPlugin)
  .get('/healthz', ({ db, store }) => {
    db.query('SELECT 1').get()
    return { ok: true, uptime: Math.round((Date.now() - store.startedAt) / 1000) }
  })
  .get('/status', async () => {
    // safe: CWE-918
    const response = await fetch(config.statusPageUrl, { signal: AbortSignal.timeout(3000) })
    const summary = (await response.json()) as { status?: { indicator?: string } }
    return { upstream: summary.status?.indicator ?? 'unknown' }
  })
