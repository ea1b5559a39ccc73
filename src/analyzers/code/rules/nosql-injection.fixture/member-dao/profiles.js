'use strict';

// A constructor function whose methods are closures set on `this`: each instance gets its own
// copies, and they read the collection the constructor stored in a field.
function ProfileStore(db) {
  this.profiles = db.collection('profiles');
  this.cache = new Map();

  this.byHandle = function (handle, done) {
    // A query string or JSON body may carry { "$gt": "" } here.
    // ruleid: js/nosql-injection
    this.profiles.findOne({ handle: handle }, done);
  };

  this.byHandleChecked = (handle, done) => {
    if (typeof handle !== 'string') return done(null, null);
    // ok: js/nosql-injection
    return this.profiles.findOne({ handle: handle }, done);
  };

  // A query wrapper: a filter passed in whole becomes the query here.
  this.findWhere = (filter, done) => {
    // ruleid: js/nosql-injection
    this.profiles.find(filter).toArray(done);
  };

  this.remembered = (key) => {
    // A Map is not a collection.
    // ok: js/nosql-injection
    return this.cache.get(key);
  };
}

module.exports.ProfileStore = ProfileStore;
