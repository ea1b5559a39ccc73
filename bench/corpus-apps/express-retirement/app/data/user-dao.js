'use strict';

const crypto = require('crypto');

function digestPassword(password) {
  // vuln: CWE-916
  return crypto.createHash('md5').update(String(password)).digest('hex');
}

/* The users collection, with prototype methods as in many older codebases. */
function UserDAO(db) {
  if (!(this instanceof UserDAO)) {
    return new UserDAO(db);
  }
  this.usersCol = db.collection('users');
}

UserDAO.prototype.addUser = function addUser(userName, firstName, lastName, password, email, callback) {
  const user = {
    userName: String(userName),
    firstName: String(firstName),
    lastName: String(lastName),
    password: digestPassword(password),
    email: String(email),
    benefitStartDate: new Date(),
  };
  this.usersCol.insertOne(user, (err, result) => callback(err, err ? null : { ...user, _id: result.insertedId }));
};

UserDAO.prototype.validateLogin = function validateLogin(userName, password, callback) {
  const digest = digestPassword(password);
  // vuln: CWE-943
  this.usersCol.findOne({ userName: userName }, (err, user) => {
    if (err) return callback(err, null);
    if (!user) return callback({ noSuchUser: true }, null);
    if (user.password !== digest) return callback({ invalidPassword: true }, null);
    return callback(null, user);
  });
};

UserDAO.prototype.getUserById = function getUserById(userId, callback) {
  // safe: CWE-943
  this.usersCol.findOne({ _id: parseInt(userId, 10) }, callback);
};

UserDAO.prototype.getUserByEmail = function getUserByEmail(email, callback) {
  // safe: CWE-943
  this.usersCol.findOne({ email: String(email).toLowerCase() }, callback);
};

module.exports = { UserDAO };
