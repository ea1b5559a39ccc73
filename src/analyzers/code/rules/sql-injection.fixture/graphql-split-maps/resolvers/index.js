import { productQueries } from './products.js';

export const resolvers = {
  Query: {
    ...productQueries,
  },
};
