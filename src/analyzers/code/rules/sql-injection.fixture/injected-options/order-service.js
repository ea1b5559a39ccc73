class OrderService {
  constructor({ orderRepo }) {
    this.repo = orderRepo;
  }

  byCustomer(customer) {
    return this.repo.findByCustomer(customer.trim());
  }

  byId(id) {
    return this.repo.findById(id);
  }
}

module.exports = OrderService;
