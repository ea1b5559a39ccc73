'use strict';

const { Op, QueryTypes, Sequelize } = require('sequelize');

const PAGE_SIZE = 24;

// Public catalogue sort options -> ORDER BY expressions.
const CATALOGUE_SORTS = {
  newest: [['createdAt', 'DESC']],
  price_asc: [['priceCents', 'ASC']],
  price_desc: [['priceCents', 'DESC']],
  popular: [[Sequelize.literal('(SELECT count(*) FROM orders o WHERE o.listing_id = "Listing"."id")'), 'DESC']],
};

class ListingDao {
  constructor(db) {
    this.db = db;
    this.Listing = db.Listing;
    this.sequelize = db.sequelize;
  }

  async searchPublished({ q, category, minPrice, maxPrice, sort, page = 1 }) {
    const where = { status: 'active' };
    if (q) {
      // safe: CWE-89
      where[Op.or] = [{ title: { [Op.iLike]: `%${q}%` } }, { tags: { [Op.contains]: [q.toLowerCase()] } }];
    }
    if (category) where.category = category;
    if (Number.isFinite(minPrice) || Number.isFinite(maxPrice)) {
      where.priceCents = {};
      if (Number.isFinite(minPrice)) where.priceCents[Op.gte] = minPrice;
      if (Number.isFinite(maxPrice)) where.priceCents[Op.lte] = maxPrice;
    }
    return this.Listing.findAndCountAll({
      where,
      include: [{ association: 'seller', attributes: ['id', 'displayName'] }],
      // safe: CWE-89
      order: CATALOGUE_SORTS[sort] || CATALOGUE_SORTS.newest,
      limit: PAGE_SIZE,
      offset: (Math.max(1, page) - 1) * PAGE_SIZE,
    });
  }

  async findActiveById(id) {
    return this.Listing.findOne({
      where: { id, status: 'active' },
      include: [{ association: 'seller', attributes: ['id', 'displayName', 'shopSettings'] }],
    });
  }

  async categoryFacets(q) {
    // safe: CWE-89
    return this.sequelize.query(
      `SELECT category, count(*)::int AS n
         FROM listings
        WHERE status = 'active' AND title ILIKE :pattern
        GROUP BY category
        ORDER BY n DESC`,
      { replacements: { pattern: `%${q || ''}%` }, type: QueryTypes.SELECT },
    );
  }

  /** Seller dashboard table; column headers are clickable and send `sort=<expr>`. */
  async listForSeller(sellerId, sort) {
    return this.Listing.findAll({
      where: { sellerId, status: { [Op.ne]: 'removed' } },
      // vuln: CWE-89
      order: sort ? [Sequelize.literal(sort)] : [['updatedAt', 'DESC']],
      limit: 200,
    });
  }

  /** Revenue chart: bucketed by day / week / month. */
  async salesSeries(sellerId, period, since) {
    // vuln: CWE-89
    return this.sequelize.query(
      `SELECT date_trunc('${period}', o.created_at) AS bucket, sum(o.total_cents)::int AS revenue
         FROM orders o
         JOIN listings l ON l.id = o.listing_id
        WHERE l.seller_id = $sellerId AND o.status IN ('paid', 'shipped') AND o.created_at >= $since
        GROUP BY bucket
        ORDER BY bucket`,
      { bind: { sellerId, since }, type: QueryTypes.SELECT },
    );
  }

  async topCustomers(sellerId, limit) {
    // safe: CWE-89
    return this.sequelize.query(
      `SELECT u.id, u.display_name, count(*)::int AS orders
         FROM orders o
         JOIN listings l ON l.id = o.listing_id
         JOIN users u ON u.id = o.buyer_id
        WHERE l.seller_id = ?
        GROUP BY u.id, u.display_name
        ORDER BY orders DESC
        LIMIT ?`,
      { replacements: [sellerId, Math.min(Number(limit) || 10, 50)], type: QueryTypes.SELECT },
    );
  }

  async create(attrs) {
    return this.Listing.create(attrs);
  }

  async update(id, sellerId, attrs) {
    const [count] = await this.Listing.update(attrs, { where: { id, sellerId } });
    return count;
  }
}

module.exports = ListingDao;
