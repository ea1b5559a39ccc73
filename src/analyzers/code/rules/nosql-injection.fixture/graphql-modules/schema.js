import { orderQueries } from './orders.js';
export const resolvers = { Query: { ...orderQueries } };
