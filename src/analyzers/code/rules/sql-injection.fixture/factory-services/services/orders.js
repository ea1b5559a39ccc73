const SORTS = { newest: 'placed_at DESC', total: 'total DESC' };

// A service made by a factory: the store it calls is the one the factory is given.
module.exports = ({ orderStore }) => ({
  forCustomer(customerId, { sort }) {
    return orderStore.listFor(customerId, sort);
  },
  forCustomerSorted(customerId, sortKey) {
    return orderStore.listFor(customerId, SORTS[sortKey] || SORTS.newest);
  },
  recent(customerId, limit) {
    return orderStore.recentFor(customerId, limit);
  },
});
