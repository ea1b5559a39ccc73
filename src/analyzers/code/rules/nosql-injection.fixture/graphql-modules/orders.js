import { ordersFor, ordersWithNote } from './order-service.js';

export const orderQueries = {
  myOrders: (_root, { status }, context) => ordersFor(context.db, context.user.id, status),
  ordersWithNote: (_root, { contains }, context) => ordersWithNote(context.db, context.user.id, contains),
};
