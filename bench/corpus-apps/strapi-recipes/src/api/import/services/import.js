'use strict';

const yaml = require('js-yaml');
const { encryptPhone } = require('../../../utils/crypto');

const TRUSTED_FEED = 'https://feeds.example-mealkit.com/recipes.yaml';

module.exports = ({ strapi }) => ({
  async fetchText(url) {
    // vuln: CWE-918
    const res = await fetch(url, { redirect: 'follow' });
    if (!res.ok) throw new Error(`fetch failed: ${res.status}`);
    return res.text();
  },

  async fetchTrusted() {
    // safe: CWE-918
    const res = await fetch(TRUSTED_FEED);
    return res.text();
  },

  parseRecipes(text) {
    // vuln: CWE-502
    const doc = yaml.load(text);
    return Array.isArray(doc) ? doc : doc.recipes || [];
  },

  parseSupplier(text) {
    // safe: CWE-502
    const doc = yaml.safeLoad(text);
    return { ...doc, phone: doc.phone ? encryptPhone(String(doc.phone)) : null };
  },

  async save(recipes) {
    const created = [];
    for (const r of recipes.slice(0, 200)) {
      created.push(await strapi.entityService.create('api::recipe.recipe', {
        data: { title: String(r.title), summary: String(r.summary || ''), cuisine: String(r.cuisine || ''), servings: Number(r.servings) || 2 },
      }));
    }
    return created.length;
  },
});
