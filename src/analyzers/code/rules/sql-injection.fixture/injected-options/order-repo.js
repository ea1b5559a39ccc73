class OrderRepo {
  constructor({ db }) {
    this.db = db;
  }

  findByCustomer(customer) {
    // ruleid: js/sql-injection
    return this.db.query(`SELECT * FROM orders WHERE customer = '${customer}'`);
  }

  findById(id) {
    // ok: js/sql-injection
    return this.db.query('SELECT * FROM orders WHERE id = $1', [id]);
  }
}

module.exports = OrderRepo;
