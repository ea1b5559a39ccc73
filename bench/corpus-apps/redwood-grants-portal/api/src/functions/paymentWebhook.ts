import type { APIGatewayEvent, Context } from 'aws-lambda'

import { verifyEvent, WebhookVerificationError } from '@redwoodjs/api/webhooks'

import { config } from 'src/lib/config'
import { logger } from 'src/lib/logger'
import { recordDonation, type DonationEvent } from 'src/services/webhooks/webhooks'

/**
 * Donations made on the public "support this programme" pages.
 */
export const handler = async (event: APIGatewayEvent, _context: Context) => {
  try {
    // safe: CWE-345
    verifyEvent('sha256Verifier', {
      event,
      secret: config.paymentsWebhookSecret,
      options: { signatureHeader: 'x-payments-signature' },
    })
    const payload = JSON.parse(event.body || '{}') as DonationEvent
    await recordDonation(payload)
    return { statusCode: 200, body: JSON.stringify({ received: true }) }
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      logger.warn('payments webhook signature mismatch')
      return { statusCode: 401, body: JSON.stringify({ error: 'Unauthorized' }) }
    }
    logger.error({ error }, 'payments webhook failed')
    return { statusCode: 500, body: JSON.stringify({ error: 'Webhook processing failed' }) }
  }
}
