import type { APIGatewayEvent, Context } from 'aws-lambda'

import { createAuthDecoder } from '@redwoodjs/auth-dbauth-api'
import { useRequireAuth } from '@redwoodjs/graphql-server'

import { cookieName, getCurrentUser, hasRole, isAuthenticated } from 'src/lib/auth'
import { db } from 'src/lib/db'
import { readAttachment, readExport } from 'src/lib/storage'

const authDecoder = createAuthDecoder(cookieName)

const binary = (body: Buffer, fileName: string, type = 'application/octet-stream') => ({
  statusCode: 200,
  isBase64Encoded: true,
  headers: {
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${encodeURIComponent(fileName)}"`,
  },
  body: body.toString('base64'),
})

const downloadHandler = async (event: APIGatewayEvent, _context: Context) => {
  if (!isAuthenticated()) {
    return { statusCode: 401, body: 'Sign in first' }
  }
  const params = event.queryStringParameters ?? {}

  if (params.attachment) {
    const row = await db.attachment.findUnique({ where: { id: Number(params.attachment) } })
    if (!row) return { statusCode: 404, body: 'Not found' }
    const app = await db.application.findUnique({ where: { id: row.applicationId } })
    if (app?.applicantId !== context.currentUser?.id && !hasRole(['reviewer', 'officer', 'admin'])) {
      return { statusCode: 403, body: 'Forbidden' }
    }
    return binary(readAttachment(row.applicationId, row.storedPath), row.filename)
  }

  if (params.export) {
    if (!hasRole(['officer', 'admin'])) {
      return { statusCode: 403, body: 'Forbidden' }
    }
    return binary(readExport(params.export), params.export)
  }

  return { statusCode: 400, body: 'Nothing to download' }
}

export const handler = useRequireAuth({
  handlerFn: downloadHandler,
  getCurrentUser,
  authDecoder,
})
