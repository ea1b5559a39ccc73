import { Resource } from './lib/resource.js';
import { quoteIdent } from './lib/quote.js';

/**
 * const orders = resource(pool, { table: 'orders', columns: ['id', 'status', 'total', 'created_at'] });
 * app.get('/orders', async (req, res) => res.json(await orders.list(req.query)));
 */
export function resource(db, options) {
  return new Resource(db, options);
}

export { Resource, quoteIdent };
export default resource;
