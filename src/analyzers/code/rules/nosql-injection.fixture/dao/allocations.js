'use strict';

// A DAO built by a constructor function over a handle it is given: the collection is known by
// its shape (`db.collection('name')`), whatever the variables are called.
function AllocationsDAO(db) {
  const allocations = db.collection('allocations');

  this.aboveThreshold = (userId, threshold, callback) => {
    // The filter is built by a closure: what it returns keeps its `$where` text. The finding spans
    // from that text to the find() that runs it.
    const criteria = () => {
      // ruleid: js/nosql-injection
      if (threshold) return { $where: `this.userId == ${parseInt(userId, 10)} && this.stocks > '${threshold}'` };
      return { userId: parseInt(userId, 10) };
    };
    allocations.find(criteria()).toArray(callback);
  };

  this.aboveMinimum = (userId, minimum, callback) => {
    const criteria = () => ({ userId: parseInt(userId, 10), stocks: { $gt: Number(minimum) } });
    // ok: js/nosql-injection
    allocations.find(criteria()).toArray(callback);
  };

  this.byOwner = (owner, callback) => {
    // ruleid: js/nosql-injection
    allocations.find({ $where: `this.owner == '${owner}'` }).toArray(callback);
  };

  this.byOwnerName = (owner, callback) => {
    const name = String(owner).replace(/[^\w-]+/g, '');
    // ok: js/nosql-injection
    allocations.find({ $where: `this.owner == '${name}'` }).toArray(callback);
  };
}

module.exports = { AllocationsDAO };
