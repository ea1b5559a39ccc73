'use strict';

function ProfileDAO(db) {
  const users = db.collection('users');

  this.updateUser = (userId, firstName, lastName, ssn, dob, address, bankAcc, bankRouting, callback) => {
    const user = {};
    if (firstName) user.firstName = String(firstName);
    if (lastName) user.lastName = String(lastName);
    if (address) user.address = String(address);
    if (bankAcc) user.bankAcc = String(bankAcc);
    if (bankRouting) user.bankRouting = String(bankRouting);
    if (ssn) user.ssn = String(ssn);
    if (dob) user.dob = String(dob);

    // safe: CWE-943
    users.updateOne({ _id: userId }, { $set: user }, (err) => callback(err, err ? null : user));
  };

  this.getByUserId = (userId, callback) => {
    users.findOne({ _id: userId }, { projection: { password: 0 } }, callback);
  };
}

module.exports = { ProfileDAO };
