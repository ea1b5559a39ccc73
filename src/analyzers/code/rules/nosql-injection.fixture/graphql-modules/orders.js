import { ordersFor, ordersWithNote } from './order-service.js';
import { orderByRef, searchOrders } from './order-search.js';

export const orderQueries = {
  myOrders: (_root, { status }, context) => ordersFor(context.db, context.user.id, status),
  ordersWithNote: (_root, { contains }, context) => ordersWithNote(context.db, context.user.id, contains),
  orderSearch: (_root, { filter, limit }, context) => searchOrders(context.db, context.user.id, filter ?? {}, limit),
  orderByRef: (_root, { ref }, context) => orderByRef(context.db, context.user.id, ref),
};
