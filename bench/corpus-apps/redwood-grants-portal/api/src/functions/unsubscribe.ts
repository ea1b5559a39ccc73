import type { APIGatewayEvent, Context } from 'aws-lambda'

import { config } from 'src/lib/config'
import { db } from 'src/lib/db'
import { logger } from 'src/lib/logger'

/**
 * One-click unsubscribe link from programme newsletters:
 *   /.redwood/functions/unsubscribe?u=<userId>&t=<token>&next=<url>
 */
export const handler = async (event: APIGatewayEvent, _context: Context) => {
  const { u, t, next } = event.queryStringParameters ?? {}
  const user = u ? await db.user.findUnique({ where: { id: Number(u) } }) : null
  if (user && t && t === user.salt.slice(0, 16)) {
    const prefs = (user.preferences ?? {}) as Record<string, unknown>
    await db.user.update({
      where: { id: user.id },
      data: { preferences: { ...prefs, newsletter: false } },
    })
    logger.info({ userId: user.id }, 'newsletter unsubscribed')
  }
  return {
    statusCode: 302,
    headers: {
      // vuln: CWE-601
      Location: next || `${config.webOrigin}/unsubscribed`,
    },
    body: '',
  }
}
