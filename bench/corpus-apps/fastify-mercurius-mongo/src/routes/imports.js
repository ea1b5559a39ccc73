import yaml from 'js-yaml'
import { XMLParser } from 'fast-xml-parser'
import { audit } from '../utils/audit.js'

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  allowBooleanAttributes: true,
})

function normaliseProduct(raw) {
  return {
    sku: String(raw.sku ?? '').trim(),
    name: String(raw.name ?? '').trim(),
    description: raw.description ? String(raw.description) : null,
    price: Number(raw.price ?? 0),
    currency: String(raw.currency ?? 'EUR'),
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : [],
    stock: Number.parseInt(raw.stock ?? 0, 10) || 0,
    published: false,
    updatedAt: new Date(),
  }
}

export default async function importRoutes(fastify) {
  fastify.addHook('preHandler', fastify.requireAdmin)
  const products = fastify.mongo.collection('products')

  async function upsertAll(items) {
    let count = 0
    for (const item of items.map(normaliseProduct)) {
      if (!item.sku || !item.name) continue
      await products.updateOne({ sku: item.sku }, { $set: item }, { upsert: true })
      count++
    }
    return count
  }

  // Catalog exported from the old Shopware instance (YAML)
  fastify.post('/catalog.yaml', async (request, reply) => {
    const file = await request.file()
    const text = (await file.toBuffer()).toString('utf8')
    // vuln: CWE-502
    const doc = yaml.load(text)
    const count = await upsertAll(Array.isArray(doc?.products) ? doc.products : [])
    audit(request.user.id, 'import.yaml', `file=${file.filename} products=${count}`)
    return reply.send({ imported: count })
  })

  // Shop settings (shipping zones, tax rates) kept in git as YAML
  fastify.post('/settings.yaml', async (request, reply) => {
    const file = await request.file()
    // safe: CWE-502
    const settings = yaml.safeLoad((await file.toBuffer()).toString('utf8'))
    await fastify.mongo.collection('settings').updateOne({ _id: 'shop' }, { $set: { ...settings, updatedAt: new Date() } }, { upsert: true })
    return reply.send({ ok: true })
  })

  // Supplier feed (XML)
  fastify.post('/catalog.xml', async (request, reply) => {
    const file = await request.file()
    // safe: CWE-611
    const feed = xml.parse((await file.toBuffer()).toString('utf8'))
    const items = feed?.catalog?.product ?? []
    const count = await upsertAll(Array.isArray(items) ? items : [items])
    return reply.send({ imported: count })
  })
}
