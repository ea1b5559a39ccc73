'use strict';

const express = require('express');

module.exports = function catalogRoutes({ catalog }) {
  const router = express.Router();
  router.get('/books', async (req, res) => res.json(await catalog.list(req.query.sort)));
  router.get('/books/sorted', async (req, res) => res.json(await catalog.listSorted(req.query.sort)));
  router.get('/books/by/:author', async (req, res) => res.json(await catalog.byAuthor(req.params.author)));
  // ruleid: js/sql-injection
  router.get('/books/ordered', async (req, res) => res.json(await catalog.ordered(req.query.order)));
  router.get('/books/isbn/:isbn', async (req, res) => res.json(await catalog.byIsbn(req.params.isbn)));
  return router;
};
