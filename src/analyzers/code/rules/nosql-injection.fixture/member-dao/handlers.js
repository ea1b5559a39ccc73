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

  this.cached = (req, res) => res.json(store.remembered(req.query.key) || null);
}

module.exports = ProfileHandler;
