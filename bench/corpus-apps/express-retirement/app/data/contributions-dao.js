'use strict';

function ContributionsDAO(db) {
  const contributionsDB = db.collection('contributions');

  this.update = (userId, preTax, afterTax, roth, callback) => {
    const parsedUserId = parseInt(userId, 10);
    const contributions = { userId: parsedUserId, preTax, afterTax, roth };
    // safe: CWE-943
    contributionsDB.updateOne({ userId: parsedUserId }, { $set: contributions }, { upsert: true }, (err) => {
      callback(err, err ? null : contributions);
    });
  };

  this.getByUserId = (userId, callback) => {
    // safe: CWE-943
    contributionsDB.findOne({ userId: parseInt(userId, 10) }, (err, contributions) => {
      callback(err, contributions || { preTax: 2, afterTax: 2, roth: 2 });
    });
  };
}

module.exports = { ContributionsDAO };
