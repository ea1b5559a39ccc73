const { Sequelize } = require('sequelize');

class OrderStore {
  constructor(models) {
    this.Order = models.Order;
  }

  listFor(customerId, sort) {
    return this.Order.findAll({
      where: { customerId },
      // ruleid: js/sql-injection
      order: [Sequelize.literal(sort)],
    });
  }

  recentFor(customerId, limit) {
    // ok: js/sql-injection
    return this.Order.findAll({ where: { customerId }, order: [['placedAt', 'DESC']], limit });
  }
}

module.exports = OrderStore;
