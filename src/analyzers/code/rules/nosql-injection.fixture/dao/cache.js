'use strict';

// Not MongoDB: a cache whose `collection()` takes no name is not taken for a collection.
const express = require('express');
const router = express.Router();

function lookup(store, key) {
  const bucket = store.collection();
  // ok: js/nosql-injection
  return bucket.find(key);
}

router.get('/cache', (req, res) => res.json(lookup(globalThis.cacheStore, req.query.key)));

module.exports = router;
