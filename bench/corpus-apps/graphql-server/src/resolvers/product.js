export const productResolvers = {
  Query: {
    product: async (_parent, { id }, { db }) => {
      // safe: CWE-89
      return db('products').where({ id }).first();
    },
    products: async (_parent, args, { db }) => {
      const query = db('products').select('id', 'name', 'price');
      // safe: CWE-89
      if (args.search) query.where('name', 'ilike', `%${args.search}%`);
      if (args.orderBy) {
        // vuln: CWE-89
        query.orderByRaw(`${args.orderBy} NULLS LAST`);
      }
      return query.limit(100);
    },
    productsByTag: async (_parent, { tag }, contextValue) => {
      // vuln: CWE-89
      const result = await contextValue.db.raw(`SELECT p.* FROM products p WHERE '${tag}' = ANY(p.tags)`);
      return result.rows;
    },
    reviews: async (_parent, { filter }, { dataSources }) => dataSources.reviews.matching(filter ?? ''),
  },
};
