'use strict';

// A DAO written the old way: a constructor function keeps its collection in a field and the
// methods live on the prototype, where `this` is the instance.
function AccountsDAO(db) {
  if (!(this instanceof AccountsDAO)) return new AccountsDAO(db);
  this.accountsCol = db.collection('accounts');
}

AccountsDAO.prototype.login = function login(email, password, callback) {
  // A JSON body's `email` may be an object such as { "$ne": null }.
  // ruleid: js/nosql-injection
  this.accountsCol.findOne({ email: email, active: true }, callback);
};

AccountsDAO.prototype.loginChecked = function loginChecked(email, password, callback) {
  // ok: js/nosql-injection
  this.accountsCol.findOne({ email: String(email), active: true }, callback);
};

AccountsDAO.prototype.byId = function byId(id, callback) {
  // ok: js/nosql-injection
  this.accountsCol.findOne({ _id: parseInt(id, 10) }, callback);
};

module.exports = { AccountsDAO };
