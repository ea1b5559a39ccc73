import { ObjectId } from 'mongodb'

const PUBLIC_FIELDS = { projection: { _id: 1, sku: 1, name: 1, description: 1, price: 1, currency: 1, tags: 1, stock: 1 } }

export function escapeRegex(text) {
  return String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function toProduct(doc) {
  return doc && { ...doc, id: String(doc._id) }
}

/**
 * Storefront widgets send a filter document built by the merchant's
 * theme ("tags", "price" ranges and so on); only published products
 * are ever returned.
 */
export async function findProducts(db, filter = {}, limit = 20) {
  const query = { ...filter, published: true }
  // vuln: CWE-943
  const docs = await db.collection('products').find(query, PUBLIC_FIELDS).limit(Math.min(limit, 100)).toArray()
  return docs.map(toProduct)
}

export async function findBySku(db, sku) {
  // safe: CWE-943
  const doc = await db.collection('products').findOne({ sku: String(sku), published: true }, PUBLIC_FIELDS)
  return toProduct(doc)
}

export async function searchProducts(db, q, limit = 20) {
  const pattern = escapeRegex(q).slice(0, 64)
  const docs = await db
    .collection('products')
    // safe: CWE-943
    .find({ published: true, name: { $regex: pattern, $options: 'i' } }, PUBLIC_FIELDS)
    .limit(Math.min(limit, 100))
    .toArray()
  return docs.map(toProduct)
}

export async function findById(db, id) {
  if (!ObjectId.isValid(id)) return null
  return db.collection('products').findOne({ _id: new ObjectId(String(id)) })
}

export async function pricesFor(db, skus) {
  const docs = await db
    .collection('products')
    .find({ sku: { $in: skus.map(String) }, published: true }, { projection: { sku: 1, price: 1, stock: 1 } })
    .toArray()
  return new Map(docs.map((d) => [d.sku, d]))
}
