'use strict';

const ProfileHandler = require('./handlers');

module.exports = function profileRoutes(app, db) {
  const handler = new ProfileHandler(db);
  app.get('/profiles/show', handler.show);
  app.get('/profiles/checked', handler.showChecked);
  app.get('/profiles/cached', handler.cached);
  app.post('/profiles/search', handler.search);
  app.get('/profiles/by-owner', handler.byOwner);
};
