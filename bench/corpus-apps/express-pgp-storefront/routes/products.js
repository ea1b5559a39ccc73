'use strict';

const express = require('express');
const productDao = require('../dao/productDao');
const reviews = require('../services/reviews');
const pricing = require('../services/pricing');
const cartCookie = require('../services/cartCookie');

const router = express.Router();

function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

router.get('/', async (req, res, next) => {
  try {
    const category = req.query.category || 'featured';
    const products = req.query.sort
      ? await productDao.listSorted(category, req.query.sort, req.query.dir)
      : await productDao.listByCategory(category, req.query.page);
    res.render('products/list.njk', { products, category, sort: req.query.sort });
  } catch (err) {
    next(err);
  }
});

router.get('/search', async (req, res, next) => {
  try {
    const q = String(req.query.q || '');
    const products = req.query.in === 'description'
      ? await productDao.searchDescriptions(q)
      : await productDao.search(q);
    res.render('products/list.njk', { products, category: null, searchTerm: q });
  } catch (err) {
    next(err);
  }
});

// Live-search dropdown in the header: returns an HTML fragment.
router.get('/suggest', async (req, res, next) => {
  try {
    const q = String(req.query.q || '');
    const products = await productDao.searchDescriptions(q);
    if (products.length === 0) {
      // vuln: CWE-79
      return res.send('<li class="suggest-empty">No products match <b>' + q + '</b></li>');
    }
    const items = products.slice(0, 8).map((p) => `<li><a href="/products/${encodeURIComponent(p.sku)}">${escapeHtml(p.name)}</a></li>`);
    return res.type('html').send(items.join(''));
  } catch (err) {
    return next(err);
  }
});

router.get('/count', async (req, res, next) => {
  try {
    const products = await productDao.searchDescriptions(req.query.q);
    // safe: CWE-79
    res.type('html').send(`<span class="hits">${products.length} results for <b>${escapeHtml(req.query.q || '')}</b></span>`);
  } catch (err) {
    next(err);
  }
});

// Product feed for the comparison-site partners.
router.get('/feed.json', async (req, res, next) => {
  try {
    const columns = req.query.fields ? String(req.query.fields).split(',') : undefined;
    const rows = await productDao.listForFeed(columns, req.query.order);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/:sku', async (req, res, next) => {
  try {
    const product = await productDao.findBySku(req.params.sku);
    if (!product) {
      return res.status(404).render('error', { message: 'No such product' });
    }
    const [unitCents, productReviews] = await Promise.all([
      pricing.priceFor(product, 1),
      reviews.listForProduct(product.id),
    ]);
    cartCookie.rememberProduct(req, res, product.id);
    return res.render('products/show.njk', { product, unitCents, reviews: productReviews });
  } catch (err) {
    return next(err);
  }
});

module.exports = router;
