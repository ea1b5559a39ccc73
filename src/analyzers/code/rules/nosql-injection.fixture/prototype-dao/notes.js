'use strict';

// The prototype replaced by an object literal: the same class, another spelling.
function NotesDAO(db) {
  this.notes = db.collection('notes');
  this.cache = new Map();
}

NotesDAO.prototype = {
  search(owner, text, callback) {
    // ruleid: js/nosql-injection
    this.notes.find({ owner, $where: `this.text.indexOf('${text}') >= 0` }).toArray(callback);
  },
  remembered(key) {
    // Not a collection: a Map's get() is not a query.
    // ok: js/nosql-injection
    return this.cache.get(key);
  },
};

module.exports = NotesDAO;
