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
