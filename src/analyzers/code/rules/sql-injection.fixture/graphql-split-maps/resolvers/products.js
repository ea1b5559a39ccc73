// Field resolvers in their own module, the third parameter destructured (`{ user }`): spread into `Query` elsewhere.
import { Pool } from 'pg';

const pool = new Pool();

export const productQueries = {
  products: async (_root, { category }, { user }) => {
    // ruleid: js/sql-injection
    const { rows } = await pool.query(`SELECT * FROM products WHERE category = '${category}' AND owner = $1`, [user.id]);
    return rows;
  },

  product: async (_root, { sku }, { user }) => {
    // ok: js/sql-injection
    const { rows } = await pool.query('SELECT * FROM products WHERE sku = $1 AND owner = $2', [sku, user.id]);
    return rows[0];
  },
};
