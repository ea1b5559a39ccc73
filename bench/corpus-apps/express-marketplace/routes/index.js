'use strict';

const express = require('express');
const rateLimit = require('express-rate-limit');

const db = require('../models');
const config = require('../config');
const logger = require('../lib/logger');
const ListingDao = require('../dao/listingDao');
const createListingService = require('../services/listingService');
const createSellerService = require('../services/sellerService');
const createAuthService = require('../services/authService');
const ExportService = require('../services/exportService');
const { requireAuth, requireRole } = require('../middleware/auth');
const { publicCors, accountCors, checkoutCors } = require('../middleware/cors');

const mailer = {
  async send(to, template, data) {
    logger.info('mail queued', { template, keys: Object.keys(data) });
    return { queued: true };
  },
};

const listingDao = new ListingDao(db);
const deps = {
  config,
  logger,
  listingDao,
  listingService: createListingService({ listingDao, config, logger }),
  sellerService: createSellerService({ config }),
  authService: createAuthService({ User: db.User, mailer }),
  exportService: new ExportService({ config, logger }),
};

const auth = require('../controllers/authController')(deps);
const listings = require('../controllers/listingsController')(deps);
const seller = require('../controllers/sellerController')(deps);

const router = express.Router();

/* ---------- storefront pages ---------- */
router.get('/', (req, res) => res.redirect('/listings'));
router.get('/listings', listings.index);
router.get('/listings/suggest', listings.suggest);
router.get('/listings/:id', listings.show);
router.get('/media/proxy', listings.imageProxy);

router.get('/login', auth.showLogin);
// vuln: CWE-307
router.post('/login', auth.loginForm);
router.get('/logout', auth.logout);

/* ---------- JSON API ---------- */
const api = express.Router();
const authLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: 'draft-7', legacyHeaders: false });

api.get('/catalogue', publicCors, listings.catalogue);

// safe: CWE-307
api.post('/auth/login', authLimiter, auth.loginApi);
api.post('/auth/register', authLimiter, auth.register);
api.post('/auth/forgot', authLimiter, auth.forgotPassword);
api.post('/auth/reset', authLimiter, auth.resetPassword);

api.options('/checkout/*', checkoutCors);
api.post('/checkout/session', checkoutCors, requireAuth, (req, res) => {
  res.json({ buyerId: req.user.id, cart: req.session.cart || [] });
});

const sellerApi = express.Router();
sellerApi.use(accountCors, requireAuth, requireRole('seller', 'admin'));
sellerApi.get('/listings', listings.mine);
sellerApi.post('/listings', listings.create);
sellerApi.post('/listings/:id/image', listings.uploadImage);
sellerApi.post('/listings/:id/image-import', listings.importImage);
sellerApi.get('/stats/sales', listings.salesChart);
sellerApi.get('/stats/customers', listings.topCustomers);
sellerApi.patch('/profile', seller.updateProfile);
sellerApi.put('/shop/settings', seller.updateShopSettings);
sellerApi.post('/verification/documents', seller.uploadDocument);
sellerApi.get('/verification/documents/:name', seller.downloadDocument);
api.use('/seller', sellerApi);

/* ---------- admin ---------- */
const admin = express.Router();
admin.use(requireAuth, requireRole('admin'));

admin.post('/exports', async (req, res) => {
  const { table } = req.body;
  // vuln: CWE-117
  logger.warn(`table export requested by ${req.user.email}: ${table}`);
  const file = await deps.exportService.exportTable(table, req.user.id);
  res.status(201).json({ file: file.split('/').pop() });
});

admin.get('/exports/:name', (req, res) => {
  const file = deps.exportService.resolveExport(req.params.name);
  if (!file) return res.status(400).json({ error: 'bad export name' });
  // safe: CWE-22
  return res.download(file);
});

api.use('/admin', admin);
router.use('/api', api);

module.exports = router;
