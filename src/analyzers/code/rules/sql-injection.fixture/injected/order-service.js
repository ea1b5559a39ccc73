class OrderService {
  constructor(repo) {
    this.repo = repo;
  }

  byCustomer(customer) {
    return this.repo.findByCustomer(customer.trim());
  }

  byId(id) {
    return this.repo.findById(id);
  }
}

module.exports = OrderService;
