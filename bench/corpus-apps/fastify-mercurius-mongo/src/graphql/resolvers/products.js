import { findProducts, findBySku, searchProducts } from '../../services/catalogService.js'

export const productQueries = {
  product: (_root, { sku }, { db }) => findBySku(db, sku),

  products: (_root, { filter, limit }, { db }) => findProducts(db, filter ?? {}, limit),

  searchProducts: (_root, { q, limit }, { db }) => searchProducts(db, q, limit),
}
