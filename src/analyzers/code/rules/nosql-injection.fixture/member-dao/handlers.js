'use strict';

const { ProfileStore } = require('./profiles');

// Route handlers as members of another constructor function, registered by the router file.
function ProfileHandler(db) {
  const store = new ProfileStore(db);

  this.show = (req, res, next) => {
    store.byHandle(req.query.handle, (err, profile) => (err ? next(err) : res.json(profile)));
  };

  this.showChecked = (req, res, next) => {
    store.byHandleChecked(req.query.handle, (err, profile) => (err ? next(err) : res.json(profile)));
  };

  // The JSON body becomes the filter in the store (reported there).
  this.search = (req, res, next) => {
    store.findWhere(req.body, (err, rows) => (err ? next(err) : res.json(rows)));
  };

  // A filter built here from a query value that may be an object: reported at this call.
  this.byOwner = (req, res, next) => {
    // ruleid: js/nosql-injection
    store.findWhere({ owner: req.query.owner }, (err, rows) => (err ? next(err) : res.json(rows)));
  };

  this.cached = (req, res) => res.json(store.remembered(req.query.key) || null);
}

module.exports = ProfileHandler;
