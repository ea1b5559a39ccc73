import { requireUser } from '../context.js'
import { ordersFor, ordersWithNote, customerStats, placeOrder } from '../../services/orderService.js'
import { audit } from '../../utils/audit.js'

export const orderQueries = {
  myOrders: (_root, { status }, context) => {
    const user = requireUser(context)
    return ordersFor(context.db, user.id, status)
  },

  ordersWithNote: (_root, { contains }, context) => {
    const user = requireUser(context)
    return ordersWithNote(context.db, user.id, contains)
  },

  customerStats: (_root, { itemRule }, context) => {
    const user = requireUser(context)
    if (user.role !== 'admin' && user.role !== 'analyst') throw new Error('Not allowed')
    return customerStats(context.db, itemRule)
  },
}

export const orderMutations = {
  placeOrder: async (_root, { items, notes, coupon }, context) => {
    const user = requireUser(context)
    const order = await placeOrder(context.db, user.id, items, notes, coupon)
    audit(user.id, 'order.placed', `order=${order.id} total=${order.total} coupon=${coupon ?? '-'}`)
    return order
  },
}
