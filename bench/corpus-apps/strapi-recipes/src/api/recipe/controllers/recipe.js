'use strict';

const { createCoreController } = require('@strapi/strapi').factories;
const { escapeHtml } = require('../../../utils/html');
const { mergePrefs, pickPrefs } = require('../../../utils/merge');

module.exports = createCoreController('api::recipe.recipe', ({ strapi }) => ({
  async search(ctx) {
    const { q = '', limit } = ctx.query;
    try {
      ctx.body = { data: await strapi.service('api::recipe.recipe').search(String(q), limit) };
    } catch (err) {
      ctx.status = 500;
      // vuln: CWE-209
      ctx.body = { error: err.message, detail: err.stack };
    }
  },

  async byCuisine(ctx) {
    const data = await strapi.service('api::recipe.recipe').byCuisine(ctx.params.cuisine, ctx.query.orderBy);
    ctx.body = { data };
  },

  // Server-rendered share page for social previews.
  async share(ctx) {
    const recipe = await strapi.service('api::recipe.recipe').findBySlug(ctx.params.slug);
    if (!recipe) return ctx.notFound();
    ctx.type = 'html';
    // safe: CWE-79
    ctx.body = `<!doctype html><html><head><meta property="og:title" content="${escapeHtml(recipe.title)}"><title>${escapeHtml(recipe.title)}</title></head><body><h1>${escapeHtml(recipe.title)}</h1><p>${escapeHtml(recipe.summary)}</p></body></html>`;
  },

  // Printable recipe card; `note` is the personal note shown on the card.
  async card(ctx) {
    const recipe = await strapi.entityService.findOne('api::recipe.recipe', Number(ctx.params.id), { fields: ['title', 'summary'] });
    if (!recipe) return ctx.notFound();
    const note = ctx.query.note || '';
    ctx.type = 'html';
    // vuln: CWE-79
    ctx.body = `<html><body><h2>${escapeHtml(recipe.title)}</h2><p>${escapeHtml(recipe.summary)}</p><aside class="note">${note}</aside></body></html>`;
  },

  async photoVariant(ctx) {
    const recipe = await strapi.entityService.findOne('api::recipe.recipe', Number(ctx.params.id), { populate: ['cover'] });
    if (!recipe || !recipe.cover) return ctx.notFound();
    const { size = '800x600', gravity = 'center' } = ctx.request.body;
    const out = await strapi.service('api::recipe.media').variant(recipe.cover, size, gravity);
    await strapi.service('api::recipe.media').stripMetadata(recipe.cover);
    ctx.body = { path: out };
  },

  async setFormula(ctx) {
    const { formula } = ctx.request.body;
    await strapi.entityService.update('api::recipe.recipe', Number(ctx.params.id), { data: { nutritionFormula: String(formula) } });
    ctx.body = { nutrition: await strapi.service('api::recipe.recipe').recomputeNutrition(Number(ctx.params.id)) };
  },

  async partnerFeed(ctx) {
    ctx.body = { data: await strapi.service('api::recipe.recipe').partnerFeed(ctx.state.partner.locale) };
  },

  async updatePreferences(ctx) {
    const user = ctx.state.user;
    const stored = (await strapi.entityService.findOne('plugin::users-permissions.user', user.id, { fields: ['preferences'] })).preferences || {};
    const patch = ctx.request.body || {};
    const preferences = ctx.query.mode === 'replace' ? pickPrefs(patch) : mergePrefs(stored, patch);
    await strapi.entityService.update('plugin::users-permissions.user', user.id, { data: { preferences } });
    ctx.body = { preferences };
  },

  // Landing page after social login in the storefront.
  async afterLogin(ctx) {
    const target = ctx.query.redirect || '/';
    if (ctx.query.strict) {
      const url = new URL(target, 'https://shop.example-mealkit.com');
      // safe: CWE-601
      return ctx.redirect(url.origin === 'https://shop.example-mealkit.com' ? url.pathname + url.search : '/');
    }
    // vuln: CWE-601
    ctx.redirect(target);
  },
}));
