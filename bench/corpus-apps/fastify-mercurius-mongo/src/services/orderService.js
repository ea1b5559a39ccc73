import { ObjectId } from 'mongodb'
import { pricesFor } from './catalogService.js'
import { applyRule, subtotalOf } from './pricing.js'

export function toOrder(doc) {
  return doc && { ...doc, id: String(doc._id), createdAt: doc.createdAt.toISOString() }
}

export async function ordersFor(db, customerId, status) {
  const query = { customerId: String(customerId) }
  if (status) {
    // `status` is a GraphQL String, so it can only ever be a string here
    query.status = status
  }
  // safe: CWE-943
  const docs = await db.collection('orders').find(query).sort({ createdAt: -1 }).limit(50).toArray()
  return docs.map(toOrder)
}

/**
 * Older orders keep notes in a free-text field that is not indexed, so the
 * match runs server-side.
 */
export async function ordersWithNote(db, customerId, contains) {
  const needle = String(contains).toLowerCase()
  const docs = await db
    .collection('orders')
    .find({
      customerId: String(customerId),
      // vuln: CWE-943
      $where: `this.notes && this.notes.toLowerCase().indexOf('${needle}') !== -1`,
    })
    .limit(50)
    .toArray()
  return docs.map(toOrder)
}

/**
 * Back-office report: how many orders per customer have at least one line
 * matching the rule typed in the report builder (e.g. `i.quantity > 3`).
 */
export async function customerStats(db, itemRule) {
  return db
    .collection('orders')
    .aggregate([
      { $match: { status: { $in: ['paid', 'shipped'] } } },
      {
        $project: {
          customerId: 1,
          matches: {
            $function: {
              // vuln: CWE-943, CWE-94
              body: `function (items) { return items.some(function (i) { return ${itemRule}; }); }`,
              args: ['$items'],
              lang: 'js',
            },
          },
        },
      },
      { $group: { _id: '$customerId', matching: { $sum: { $cond: ['$matches', 1, 0] } } } },
      { $project: { _id: 0, customerId: '$_id', matching: 1 } },
      { $sort: { matching: -1 } },
      { $limit: 200 },
    ])
    .toArray()
}

export async function placeOrder(db, customerId, items, notes, coupon) {
  const prices = await pricesFor(db, items.map((i) => i.sku))
  const lines = items
    .filter((i) => prices.has(i.sku) && Number.isInteger(i.quantity) && i.quantity > 0)
    .map((i) => ({ sku: i.sku, quantity: i.quantity, unitPrice: prices.get(i.sku).price }))
  if (lines.length === 0) throw new Error('No purchasable items')

  const promo = coupon
    ? await db.collection('coupons').findOne({ code: String(coupon).toUpperCase(), active: true })
    : null
  const qty = lines.reduce((n, l) => n + l.quantity, 0)
  const total = applyRule(promo?.rule ?? 'none', subtotalOf(lines), qty)

  const doc = {
    _id: new ObjectId(),
    customerId: String(customerId),
    status: 'pending',
    items: lines,
    total,
    notes: notes ? String(notes).slice(0, 500) : null,
    createdAt: new Date(),
  }
  await db.collection('orders').insertOne(doc)
  return toOrder(doc)
}
