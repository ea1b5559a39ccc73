import type { APIGatewayEvent, Context } from 'aws-lambda'

import { createAuthDecoder } from '@redwoodjs/auth-dbauth-api'
import { useRequireAuth } from '@redwoodjs/graphql-server'

import { cookieName, getCurrentUser, requireAuth } from 'src/lib/auth'
import { logger } from 'src/lib/logger'
import { parseProgramsYaml } from 'src/lib/yamlImport'
import { importPrograms } from 'src/services/programs/programs'

const authDecoder = createAuthDecoder(cookieName)

const importHandler = async (event: APIGatewayEvent, _context: Context) => {
  try {
    requireAuth({ roles: ['officer', 'admin'] })
  } catch {
    return { statusCode: 403, body: JSON.stringify({ error: 'Forbidden' }) }
  }
  try {
    const text = event.isBase64Encoded
      ? Buffer.from(event.body ?? '', 'base64').toString('utf8')
      : event.body ?? ''
    const items = parseProgramsYaml(text)
    const count = await importPrograms(items)
    return { statusCode: 200, body: JSON.stringify({ imported: count }) }
  } catch (e) {
    const err = e as Error
    logger.error({ err }, 'program import failed')
    return {
      statusCode: 500,
      headers: { 'Content-Type': 'application/json' },
      // vuln: CWE-209
      body: JSON.stringify({ error: err.message, stack: err.stack }),
    }
  }
}

export const handler = useRequireAuth({
  handlerFn: importHandler,
  getCurrentUser,
  authDecoder,
})
