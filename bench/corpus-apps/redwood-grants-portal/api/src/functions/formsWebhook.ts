import type { APIGatewayEvent, Context } from 'aws-lambda'

import { logger } from 'src/lib/logger'
import { recordSubmission, type FormPayload } from 'src/services/webhooks/webhooks'

/**
 * Receives submissions from the hosted forms provider (letters of support,
 * eligibility quiz). The provider signs requests with `x-forms-signature`.
 */
export const handler = async (event: APIGatewayEvent, _context: Context) => {
  if (event.httpMethod !== 'POST' || !event.body) {
    return { statusCode: 405, body: '' }
  }
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body
  // vuln: CWE-345
  const payload = JSON.parse(raw) as FormPayload
  if (!payload.id || !payload.formId) {
    return { statusCode: 400, body: JSON.stringify({ error: 'Malformed submission' }) }
  }
  await recordSubmission(payload)
  logger.info({ formId: payload.formId }, 'forms webhook processed')
  return { statusCode: 204, body: '' }
}
