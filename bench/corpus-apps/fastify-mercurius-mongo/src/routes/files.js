import fs from 'node:fs'
import path from 'node:path'
import { ObjectId } from 'mongodb'
import { config } from '../config.js'

const INVOICE_DIR = path.resolve(config.paths.invoices)

export default async function fileRoutes(fastify) {
  const orders = fastify.mongo.collection('orders')

  // static help pages and downloadable price lists
  fastify.get('/docs/:file', async (request, reply) => {
    // safe: CWE-22
    return reply.sendFile(request.params.file)
  })

  fastify.get('/invoices/:orderId', async (request, reply) => {
    if (!request.user) return reply.code(401).send({ error: 'unauthenticated' })
    if (!ObjectId.isValid(request.params.orderId)) return reply.code(404).send({ error: 'not_found' })

    const order = await orders.findOne({ _id: new ObjectId(request.params.orderId), customerId: request.user.id })
    if (!order?.invoiceFile) return reply.code(404).send({ error: 'not_found' })
    // safe: CWE-22
    const stream = fs.createReadStream(path.join(INVOICE_DIR, path.basename(order.invoiceFile)))
    return reply.type('application/pdf').send(stream)
  })

  /**
   * Accounting exports the monthly invoice bundles under
   * <INVOICE_DIR>/<year>/<month>/...; support staff fetch them by name.
   */
  fastify.get('/admin/invoices/download', { preHandler: fastify.requireAdmin }, async (request, reply) => {
    const name = String(request.query.name ?? '')
    const file = path.join(INVOICE_DIR, name)
    // vuln: CWE-22
    const stream = fs.createReadStream(file)
    reply.header('Content-Disposition', `attachment; filename="${path.basename(file)}"`)
    return reply.type('application/octet-stream').send(stream)
  })
}
