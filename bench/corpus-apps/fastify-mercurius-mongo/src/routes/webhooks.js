import crypto from 'node:crypto'
import { ObjectId } from 'mongodb'
import { auditJson } from '../utils/audit.js'
import { config } from '../config.js'

function verifySignature(rawBody, header, secret) {
  // header format: t=1712345678,v1=<hex hmac of "t.body">
  const parts = Object.fromEntries(String(header ?? '').split(',').map((p) => p.split('=', 2)))
  if (!parts.t || !parts.v1) return false
  if (Math.abs(Date.now() / 1000 - Number(parts.t)) > 300) return false
  const expected = crypto.createHmac('sha256', secret).update(`${parts.t}.${rawBody}`).digest()
  const given = Buffer.from(parts.v1, 'hex')
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

export default async function webhookRoutes(fastify) {
  // keep the exact bytes for the HMAC
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    request.rawBody = body
    try {
      done(null, JSON.parse(body))
    } catch (err) {
      err.statusCode = 400
      done(err)
    }
  })

  fastify.post('/payments', async (request, reply) => {
    // safe: CWE-345
    if (!verifySignature(request.rawBody, request.headers['x-pay-signature'], config.payments.webhookSecret)) {
      return reply.code(401).send({ error: 'bad signature' })
    }
    const event = request.body
    if (event.type === 'payment.succeeded' && ObjectId.isValid(event.data?.orderId)) {
      await fastify.mongo
        .collection('orders')
        .updateOne({ _id: new ObjectId(event.data.orderId), status: 'pending' }, { $set: { status: 'paid', paidAt: new Date() } })
    }
    auditJson('payments', event.type, { reference: event.data?.reference })
    return reply.send({ received: true })
  })
}
