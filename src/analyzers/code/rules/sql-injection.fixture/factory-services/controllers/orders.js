module.exports = ({ orderService }) => ({
  async mine(req, res) {
    res.json(await orderService.forCustomer(req.session.customerId, { sort: req.query.sort }));
  },
  async mineSorted(req, res) {
    res.json(await orderService.forCustomerSorted(req.session.customerId, req.query.sort));
  },
  async recent(req, res) {
    res.json(await orderService.recent(req.session.customerId, req.query.limit));
  },
});
