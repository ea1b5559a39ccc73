'use strict';

const express = require('express');
const { Contact } = require('../models');

const router = express.Router();

// Power users can send their own grouping function from the report builder.
router.post('/custom', async (req, res) => {
  const { map, reduce } = req.body;
  // vuln: CWE-943, CWE-94
  const result = await Contact.mapReduce({ map, reduce, query: { owner: req.user.email } });
  res.json(result);
});

router.get('/pipeline', async (req, res) => {
  // safe: CWE-943
  const rows = await Contact.aggregate([
    { $match: { owner: req.user.email, archived: false } },
    { $group: { _id: '$stage', total: { $sum: '$value' }, count: { $sum: 1 } } },
  ]);
  res.json(rows);
});

module.exports = router;
