'use strict';

function BenefitsDAO(db) {
  const usersCol = db.collection('users');

  this.getAllNonAdminUsers = (callback) => {
    usersCol.find({ isAdmin: { $ne: true } }).toArray(callback);
  };

  this.updateBenefits = (userId, startDate, callback) => {
    // safe: CWE-943
    usersCol.updateOne({ _id: parseInt(userId, 10) }, { $set: { benefitStartDate: new Date(String(startDate)) } }, callback);
  };
}

module.exports = { BenefitsDAO };
