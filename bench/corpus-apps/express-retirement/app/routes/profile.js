'use strict';

const { ProfileDAO } = require('../data/profile-dao');

function ProfileHandler(db) {
  const profile = new ProfileDAO(db);

  this.displayProfile = (req, res, next) => {
    profile.getByUserId(parseInt(req.session.userId, 10), (err, doc) => {
      if (err) return next(err);
      return res.render('profile', doc);
    });
  };

  this.handleProfileUpdate = (req, res, next) => {
    const { firstName, lastName, ssn, dob, address, bankAcc, bankRouting } = req.body;

    // Routing numbers are digits followed by '#', e.g. 0198212#
    const regexPattern = /([0-9]+)+\#/;
    // vuln: CWE-1333
    const testComplyWithRequirements = regexPattern.test(bankRouting);
    if (testComplyWithRequirements !== true) {
      return res.render('profile', { updateError: 'Bank Routing number does not comply with requirements for format specified' });
    }

    // Account numbers: 6 to 17 digits.
    // safe: CWE-1333
    if (!/^[0-9]{6,17}$/.test(String(bankAcc))) {
      return res.render('profile', { updateError: 'Invalid account number' });
    }

    const userId = req.session.userId;
    return profile.updateUser(parseInt(userId, 10), firstName, lastName, ssn, dob, address, bankAcc, bankRouting, (err, user) => {
      if (err) return next(err);
      user.updateSuccess = true;
      return res.render('profile', user);
    });
  };
}

module.exports = ProfileHandler;
