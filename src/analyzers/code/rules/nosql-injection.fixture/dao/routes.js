'use strict';

const express = require('express');
const { AllocationsDAO } = require('./allocations');

module.exports = function routes(db) {
  const router = express.Router();
  const allocations = new AllocationsDAO(db);

  router.get('/allocations/:userId', (req, res, next) => {
    allocations.aboveThreshold(req.params.userId, req.query.threshold, (err, rows) => (err ? next(err) : res.json(rows)));
  });
  router.get('/allocations/:userId/min', (req, res, next) => {
    allocations.aboveMinimum(req.params.userId, req.query.minimum, (err, rows) => (err ? next(err) : res.json(rows)));
  });
  router.get('/owners/:owner', (req, res, next) => {
    allocations.byOwner(req.params.owner, (err, rows) => (err ? next(err) : res.json(rows)));
  });
  router.get('/owners/:owner/plain', (req, res, next) => {
    allocations.byOwnerName(req.params.owner, (err, rows) => (err ? next(err) : res.json(rows)));
  });
  return router;
};
