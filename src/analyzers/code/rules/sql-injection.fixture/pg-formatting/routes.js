const express = require('express');
const catalog = require('./catalog');

const router = express.Router();

router.get('/items', async (req, res) => {
  const rows = await catalog.ordered(req.query.region, req.query.order);
  const more = await catalog.orderedCaret(req.query.order);
  const filtered = await catalog.filtered({ region: req.query.region, where: req.query.where });
  const angled = await catalog.filteredAngle(req.query.where);
  const named = await catalog.byRegion(req.query.region, req.query.column);
  const listed = await catalog.byIds(req.query.ids, req.query.order);
  const owned = await catalog.byOwner({ owner: req.query.owner });
  res.json({ rows, more, filtered, angled, named, listed, owned });
});

module.exports = router;
