import { spawn, exec } from 'node:child_process'
import path from 'node:path'
import ejs from 'ejs'
import { ObjectId } from 'mongodb'
import { findById } from '../services/catalogService.js'
import { evaluateFormula, applyRule } from '../services/pricing.js'
import { assignAllowed } from '../utils/merge.js'
import { audit } from '../utils/audit.js'
import { config } from '../config.js'

const EDITABLE = ['name', 'description', 'price', 'tags', 'stock', 'published']
const BACKUP_COLLECTIONS = new Set(['products', 'orders', 'users', 'coupons'])

export default async function adminRoutes(fastify) {
  fastify.addHook('preHandler', fastify.requireAdmin)

  const products = fastify.mongo.collection('products')
  const pages = fastify.mongo.collection('landing_pages')

  fastify.get('/', async (request, reply) => {
    const latest = await products.find({}).sort({ updatedAt: -1 }).limit(25).toArray()
    return reply.view('admin/products', { products: latest, q: request.query.q ?? '' })
  })

  fastify.get('/products/:id', async (request, reply) => {
    const product = await findById(fastify.mongo, request.params.id)
    if (!product) return reply.code(404).view('admin/not-found', { what: 'product' })
    return reply.view('admin/product', { product, saved: request.query.saved === '1' })
  })

  fastify.post('/products/:id', async (request, reply) => {
    const product = await findById(fastify.mongo, request.params.id)
    if (!product) return reply.code(404).send({ error: 'not_found' })
    const update = assignAllowed({}, request.body ?? {}, EDITABLE)
    if ('price' in update) update.price = Number(update.price)
    if ('stock' in update) update.stock = Number.parseInt(update.stock, 10)
    await products.updateOne({ _id: product._id }, { $set: { ...update, updatedAt: new Date() } })
    audit(request.user.id, 'product.update', `sku=${product.sku}`)
    return reply.redirect(`/admin/products/${product._id}?saved=1`)
  })

  /**
   * Landing pages: merchants design campaign pages with EJS snippets
   * (<%= product.name %>, loops over featured products, ...).
   */
  fastify.post('/landing/preview', async (request, reply) => {
    const featured = await products.find({ published: true }).limit(6).toArray()
    const source = String(request.body?.template ?? '')
    // vuln: CWE-1336
    const html = ejs.render(source, { featured, shop: { name: 'Bazaar' } })
    return reply.type('text/html').send(html)
  })

  fastify.get('/landing/:slug', async (request, reply) => {
    const page = await pages.findOne({ slug: String(request.params.slug) })
    if (!page) return reply.code(404).view('admin/not-found', { what: 'page' })
    const featured = await products.find({ _id: { $in: (page.productIds ?? []).map((id) => new ObjectId(id)) } }).toArray()
    // safe: CWE-1336
    return reply.view('admin/landing', { page, featured })
  })

  fastify.post('/pricing/preview', async (request, reply) => {
    const { formula, rule, subtotal, qty } = request.body ?? {}
    const ctx = { subtotal: Number(subtotal) || 0, qty: Number(qty) || 1 }
    const total = formula ? evaluateFormula(formula, ctx) : applyRule(String(rule), ctx.subtotal, ctx.qty)
    return reply.send({ total })
  })

  /**
   * One-off dump of a collection before a risky migration.
   */
  fastify.post('/backups', async (request, reply) => {
    const collection = String(request.body?.collection ?? '')
    const label = String(request.body?.label ?? new Date().toISOString().slice(0, 10))
    const out = path.resolve(config.paths.backups)

    if (request.body?.mode === 'archive') {
      // vuln: CWE-78
      exec(`mongodump --uri="${config.mongo.uri}" --db=${config.mongo.db} --archive=${out}/${label}.gz --gzip`, (err) => {
        if (err) request.log.error({ err }, 'archive backup failed')
      })
      return reply.code(202).send({ started: true })
    }

    if (!BACKUP_COLLECTIONS.has(collection)) {
      return reply.code(400).send({ error: 'unknown collection' })
    }
    // safe: CWE-78
    const child = spawn('mongodump', [`--uri=${config.mongo.uri}`, `--db=${config.mongo.db}`, `--collection=${collection}`, `--out=${out}`])
    child.on('exit', (code) => request.log.info({ code, collection }, 'backup finished'))
    return reply.code(202).send({ started: true })
  })
}
