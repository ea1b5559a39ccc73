'use strict';

const express = require('express');

// A router factory: its services arrive in a destructured parameter, from another file.
module.exports = function hostRoutes({ inventory, audit }) {
  const router = express.Router();

  router.get('/hosts', async (req, res) => {
    res.json(await inventory.list(req.query.sort));
  });

  router.get('/hosts/sorted', async (req, res) => {
    res.json(await inventory.listSorted(req.query.sort));
  });

  router.get('/hosts/role/:role', async (req, res) => {
    res.json(await inventory.byRole(req.params.role));
  });

  router.get('/hosts/default', async (req, res) => {
    // Nothing from the request reaches the service.
    res.json(await inventory.list('name'));
  });

  router.post('/hosts/note', (req, res) => {
    // A plain object of the caller's: its note() only logs a count.
    audit.note(req.body.text);
    res.sendStatus(204);
  });

  return router;
};
