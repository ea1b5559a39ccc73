'use strict';

const fs = require('fs/promises');
const path = require('path');
const _ = require('lodash');

const DEFAULT_SHOP_SETTINGS = {
  vacationMode: false,
  shipping: { domestic: { flatCents: 500, free: false }, international: { enabled: false } },
  policies: { returnsDays: 14 },
};

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Recursively copies `source` onto `target`. The dashboard sends partial
 * updates such as `{ shipping: { domestic: { free: true } } }`.
 */
function deepAssign(target, source) {
  for (const key of Object.keys(source)) {
    const incoming = source[key];
    if (isPlainObject(incoming)) {
      if (!isPlainObject(target[key])) target[key] = {};
      deepAssign(target[key], incoming);
    } else {
      // vuln: CWE-1321
      target[key] = incoming;
    }
  }
  return target;
}

module.exports = ({ config }) => ({
  async updateProfile(user, body) {
    // safe: CWE-1321
    _.merge(user, _.pick(body, ['displayName']));
    return user.save();
  },

  async updateShopSettings(user, patch) {
    const current = _.cloneDeep(user.shopSettings || DEFAULT_SHOP_SETTINGS);
    const next = deepAssign(current, patch);
    user.shopSettings = next;
    user.changed('shopSettings', true);
    await user.save();
    return next;
  },

  /** KYC documents (ID scan, business licence) uploaded during seller onboarding. */
  async storeVerificationDocument(user, doc) {
    const dir = path.join(config.uploads.sellerDocs, String(user.id));
    await fs.mkdir(dir, { recursive: true });
    // vuln: CWE-22
    await doc.mv(path.join(dir, doc.name));
    return { name: doc.name, size: doc.size };
  },

  async readVerificationDocument(user, name) {
    const dir = path.resolve(config.uploads.sellerDocs, String(user.id));
    const target = path.resolve(dir, name);
    if (!target.startsWith(dir + path.sep)) {
      const err = new Error('Invalid document name');
      err.status = 400;
      throw err;
    }
    // safe: CWE-22
    return fs.readFile(target);
  },
});
