'use strict';

const _ = require('lodash');

function toInt(value) {
  const n = parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

module.exports = ({ listingService, listingDao }) => ({
  async index(req, res) {
    const q = typeof req.query.q === 'string' ? req.query.q.trim() : '';
    const result = await listingService.search({
      q,
      category: req.query.category,
      minPrice: toInt(req.query.min),
      maxPrice: toInt(req.query.max),
      sort: req.query.sort,
      page: toInt(req.query.page) || 1,
    });
    res.render('search', { q, ...result, highlight: listingService.highlighter(q) });
  },

  async catalogue(req, res) {
    const { listings, total } = await listingService.search({
      q: typeof req.query.q === 'string' ? req.query.q : '',
      category: typeof req.query.category === 'string' ? req.query.category : undefined,
      sort: req.query.sort,
      page: toInt(req.query.page) || 1,
    });
    res.json({ total, listings: listings.map((l) => _.pick(l, ['id', 'title', 'priceCents', 'currency', 'imageFile'])) });
  },

  /** htmx endpoint behind the header search box: returns an HTML fragment. */
  async suggest(req, res) {
    const q = String(req.query.q || '');
    const { listings } = await listingService.search({ q, page: 1 });
    if (!listings.length) {
      // vuln: CWE-79
      return res.send(`<li class="empty">No matches for “${q}”</li>`);
    }
    const items = listings.slice(0, 8).map((l) => `<li><a href="/listings/${l.id}">${_.escape(l.title)}</a></li>`);
    // safe: CWE-79
    return res.send(items.join(''));
  },

  async show(req, res, next) {
    const id = toInt(req.params.id);
    if (!id) return next();
    const listing = await listingDao.findActiveById(id);
    if (!listing) return next();
    return res.render('listing', { listing });
  },

  async mine(req, res) {
    const listings = await listingService.sellerListings(req.user.id, {
      sort: req.query.sort,
      titleFilter: req.query.filter,
    });
    res.json({ listings });
  },

  async create(req, res) {
    const listing = await listingService.createListing(req.user.id, req.body);
    res.status(201).json(listing);
  },

  async uploadImage(req, res) {
    const listing = await listingDao.findActiveById(toInt(req.params.id));
    if (!listing || listing.sellerId !== req.user.id) return res.status(404).json({ error: 'not found' });
    if (!req.files || !req.files.image) return res.status(400).json({ error: 'image required' });
    const stored = await listingService.attachImage(listing, req.files.image);
    return res.json({ imageFile: stored });
  },

  async importImage(req, res) {
    const listing = await listingDao.findActiveById(toInt(req.params.id));
    if (!listing || listing.sellerId !== req.user.id) return res.status(404).json({ error: 'not found' });
    const name = await listingService.importImageFromUrl(listing, req.body.imageUrl);
    return res.json({ imageFile: name });
  },

  async salesChart(req, res) {
    const period = req.query.period || 'day';
    const since = new Date(Date.now() - 90 * 24 * 3600 * 1000);
    const rows = await listingDao.salesSeries(req.user.id, period, since);
    res.json({ period, rows });
  },

  async topCustomers(req, res) {
    res.json(await listingDao.topCustomers(req.user.id, req.query.limit));
  },

  async imageProxy(req, res) {
    const image = await listingService.proxyCatalogueImage(String(req.query.src || ''));
    if (!image) return res.status(400).send('unsupported image source');
    res.set('Cache-Control', 'public, max-age=86400');
    return res.type(image.type || 'application/octet-stream').send(image.body);
  },
});
