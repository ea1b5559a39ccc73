'use strict';

const path = require('path');
const fs = require('fs/promises');
const crypto = require('crypto');
const axios = require('axios');
const _ = require('lodash');

const IMAGE_TYPES = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' };

const cdn = axios.create({ maxRedirects: 0, responseType: 'arraybuffer' });

module.exports = ({ listingDao, config, logger }) => {
  const proxyHosts = new Set(config.imageProxy.allowedHosts);

  async function search(params) {
    const { rows, count } = await listingDao.searchPublished(params);
    const facets = await listingDao.categoryFacets(params.q);
    return { listings: rows, total: count, facets };
  }

  function highlighter(q) {
    if (!q) return (text) => _.escape(text);
    // safe: CWE-1333
    const re = new RegExp(`(${_.escapeRegExp(q)})`, 'ig');
    return (text) => _.escape(text).replace(re, '<mark>$1</mark>');
  }

  async function sellerListings(sellerId, { sort, titleFilter }) {
    const listings = await listingDao.listForSeller(sellerId, sort);
    if (!titleFilter) return listings;
    // Power sellers asked for regex filtering in the dashboard ("^Mug.*(blue|green)").
    // vuln: CWE-1333
    return listings.filter((l) => new RegExp(titleFilter, 'i').test(l.title));
  }

  async function attachImage(listing, file) {
    const ext = path.extname(file.name).toLowerCase();
    if (!IMAGE_TYPES[ext] || file.mimetype !== IMAGE_TYPES[ext]) {
      const err = new Error('Unsupported image type');
      err.status = 415;
      throw err;
    }
    const stored = `${listing.id}-${crypto.randomUUID()}${ext}`;
    // safe: CWE-22
    await file.mv(path.join(config.uploads.listingImages, stored));
    await listingDao.update(listing.id, listing.sellerId, { imageFile: stored });
    logger.info('listing image stored', { listingId: listing.id, bytes: file.size });
    return stored;
  }

  /** Sellers paste the address of a photo hosted elsewhere and we copy it in. */
  function importImageFromUrl(listing, imageUrl) {
    return axios
      // vuln: CWE-918
      .get(imageUrl, { responseType: 'arraybuffer', timeout: 10000 })
      .then((res) => {
        const type = String(res.headers['content-type'] || '');
        if (!type.startsWith('image/')) throw Object.assign(new Error('not an image'), { status: 415 });
        const name = `${listing.id}-${crypto.randomUUID()}.${type.split('/')[1].replace(/[^a-z]/g, '')}`;
        return fs.writeFile(path.join(config.uploads.listingImages, name), res.data).then(() => name);
      })
      .then((name) => listingDao.update(listing.id, listing.sellerId, { imageFile: name }).then(() => name));
  }

  /** /media/proxy?src=… – serves CDN images for the catalogue grid from our origin. */
  async function proxyCatalogueImage(src) {
    let url;
    try {
      url = new URL(src);
    } catch (e) {
      return null;
    }
    if (url.protocol !== 'https:' || !proxyHosts.has(url.hostname)) return null;
    // safe: CWE-918
    const res = await cdn.get(url.toString(), { timeout: config.imageProxy.timeoutMs });
    return { type: res.headers['content-type'], body: res.data };
  }

  function createListing(sellerId, body) {
    const attrs = _.pick(body, ['title', 'description', 'category', 'priceCents', 'currency', 'tags']);
    attrs.priceCents = parseInt(attrs.priceCents, 10);
    return listingDao.create({ ...attrs, sellerId, status: 'draft' });
  }

  return { search, highlighter, sellerListings, attachImage, importImageFromUrl, proxyCatalogueImage, createListing };
};
