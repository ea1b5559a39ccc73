'use strict';

const ContributionsDAO = require('../data/contributions-dao').ContributionsDAO;

function ContributionsHandler(db) {
  const contributionsDAO = new ContributionsDAO(db);

  this.displayContributions = (req, res, next) => {
    contributionsDAO.getByUserId(req.session.userId, (error, contrib) => {
      if (error) return next(error);
      return res.render('contributions', contrib);
    });
  };

  this.handleContributionsUpdate = (req, res, next) => {
    // Percentages arrive as strings such as "8" or "7.5".
    // vuln: CWE-95
    const preTax = eval(req.body.preTax);
    // vuln: CWE-95
    const afterTax = eval(req.body.afterTax);
    // safe: CWE-95
    const roth = parseInt(req.body.roth, 10);

    if (Number.isNaN(preTax) || Number.isNaN(afterTax) || Number.isNaN(roth) || preTax < 0 || afterTax < 0 || roth < 0) {
      return res.render('contributions', { updateError: 'Invalid contribution percentages' });
    }
    if (preTax + afterTax + roth > 30) {
      return res.render('contributions', { updateError: 'Contribution percentages cannot exceed 30 %' });
    }

    return contributionsDAO.update(req.session.userId, preTax, afterTax, roth, (err, contributions) => {
      if (err) return next(err);
      contributions.updateSuccess = true;
      return res.render('contributions', contributions);
    });
  };
}

module.exports = ContributionsHandler;
