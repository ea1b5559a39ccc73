'use strict';

const express = require('express');
const reviews = require('../services/reviews');
const { requireUser, requireAdmin } = require('../middleware/auth');

const router = express.Router();

router.post('/:productId', requireUser, async (req, res, next) => {
  try {
    const productId = Number.parseInt(req.params.productId, 10);
    await reviews.add(productId, req.user.id, req.body.rating, req.body.body);
    res.status(201).json({ ok: true });
  } catch (err) {
    next(err);
  }
});

router.post('/:reviewId/reply', requireAdmin, async (req, res, next) => {
  try {
    await reviews.reply(Number.parseInt(req.params.reviewId, 10), String(req.body.text || ''));
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
