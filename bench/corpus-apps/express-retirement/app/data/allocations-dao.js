'use strict';

function AllocationsDAO(db) {
  if (!(this instanceof AllocationsDAO)) {
    return new AllocationsDAO(db);
  }
  const allocationsCol = db.collection('allocations');

  this.createDefault = (userId, callback) => {
    allocationsCol.insertOne({ userId: parseInt(userId, 10), stocks: 60, funds: 30, bonds: 10 }, callback);
  };

  this.getByUserIdAndThreshold = (userId, threshold, callback) => {
    const parsedUserId = parseInt(userId, 10);

    const searchCriteria = () => {
      if (threshold) {
        return {
          $where: `this.userId == ${parsedUserId} && this.stocks > '${threshold}'`,
        };
      }
      return { userId: parsedUserId };
    };

    // vuln: CWE-943
    allocationsCol.find(searchCriteria()).toArray((err, allocations) => {
      if (err) return callback(err, null);
      if (!allocations.length) return callback('ERROR: No allocations found for the user', null);
      return callback(null, allocations);
    });
  };

  this.getByUserIdAndMinimum = (userId, minimum, callback) => {
    const criteria = { userId: parseInt(userId, 10) };
    const floor = Number(minimum);
    if (Number.isFinite(floor)) criteria.stocks = { $gt: floor };
    // safe: CWE-943
    allocationsCol.find(criteria).toArray(callback);
  };
}

module.exports = { AllocationsDAO };
