'use strict';

const express = require('express');
const { daos } = require('../db/daos');
const { validateSku } = require('../middleware/validate');

const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    const products = await daos.productDao.findByCategory(req.query.category || 'featured', req.query.page);
    res.render('products', { products, category: req.query.category });
  } catch (err) {
    next(err);
  }
});

router.get('/under', async (req, res, next) => {
  try {
    const products = await daos.productDao.findUnderPrice(req.query.max);
    res.render('products', { products, category: `Under ${req.query.max}` });
  } catch (err) {
    next(err);
  }
});

router.get('/cheaper', async (req, res, next) => {
  try {
    const products = await daos.productDao.findCheaperThan(req.query.max);
    res.json(products);
  } catch (err) {
    next(err);
  }
});

router.get('/search', async ({ query }, res, next) => {
  try {
    const products = query.advanced === '1'
      ? await daos.productDao.searchByNamePattern(query.q)
      : await daos.productDao.searchByName(query.q);
    res.render('search', { products, searchTerm: query.q });
  } catch (err) {
    next(err);
  }
});

router.get('/sku/:sku', validateSku, async (req, res) => {
  const product = await daos.productDao.getById(req.query.id);
  if (!product) return res.status(404).render('404');
  return res.render('product', { product });
});

module.exports = router;
