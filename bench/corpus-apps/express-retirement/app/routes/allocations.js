'use strict';

const { AllocationsDAO } = require('../data/allocations-dao');

function AllocationsHandler(db) {
  const allocationsDAO = new AllocationsDAO(db);

  this.displayAllocations = (req, res, next) => {
    const { userId } = req.params;
    const { threshold, minimum } = req.query;

    if (minimum !== undefined) {
      return allocationsDAO.getByUserIdAndMinimum(userId, minimum, (err, allocations) => {
        if (err) return next(err);
        return res.render('allocations', { userId, allocations });
      });
    }

    return allocationsDAO.getByUserIdAndThreshold(userId, threshold, (err, allocations) => {
      if (err) return next(err);
      return res.render('allocations', { userId, allocations });
    });
  };
}

module.exports = AllocationsHandler;
