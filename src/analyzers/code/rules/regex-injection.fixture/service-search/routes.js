// A router factory given its services: `search` here is the service's own method, not String#search.
const { Router } = require('express');

module.exports = function productRoutes(container) {
  const router = Router();
  router.get('/products', async (req, res) => {
    // ok: js/regex-injection
    res.json(await container.productService.search(req.query.q));
  });
  router.get('/products/highlight', (req, res) => {
    const title = String(container.titles[0]);
    // ruleid: js/regex-injection
    res.json({ at: title.search(req.query.q) });
  });
  return router;
};

// Given the service itself: named as one, it is not a string.
module.exports.searchRoutes = function searchRoutes(searchService) {
  const router = Router();
  router.get('/search', async (req, res) => {
    // ok: js/regex-injection
    res.json(await searchService.search(req.query.q));
  });
  return router;
};

// A parameter that is the text itself still compiles the query into a regex.
module.exports.position = function position(text, req) {
  // ruleid: js/regex-injection
  return text.search(req.query.q);
};
