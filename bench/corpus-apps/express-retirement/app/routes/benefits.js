'use strict';

const { BenefitsDAO } = require('../data/benefits-dao');

function BenefitsHandler(db) {
  const benefitsDAO = new BenefitsDAO(db);

  this.displayBenefits = (req, res, next) => {
    benefitsDAO.getAllNonAdminUsers((err, users) => {
      if (err) return next(err);
      return res.render('benefits', { users });
    });
  };

  this.updateBenefits = (req, res, next) => {
    const { userId, benefitStartDate } = req.body;
    benefitsDAO.updateBenefits(userId, benefitStartDate, (err) => {
      if (err) return next(err);
      return res.redirect('/benefits');
    });
  };
}

module.exports = BenefitsHandler;
