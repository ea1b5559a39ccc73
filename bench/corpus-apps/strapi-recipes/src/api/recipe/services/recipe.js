'use strict';

const { createCoreService } = require('@strapi/strapi').factories;

module.exports = createCoreService('api::recipe.recipe', ({ strapi }) => ({
  async search(term, limit) {
    const knex = strapi.db.connection;
    const n = Math.min(parseInt(limit, 10) || 20, 100);
    // safe: CWE-89
    const { rows } = await knex.raw('SELECT id, title, slug, summary FROM recipes WHERE published_at IS NOT NULL AND title ILIKE ? LIMIT ?', [`%${term}%`, n]);
    return rows;
  },

  async byCuisine(cuisine, orderBy) {
    const knex = strapi.db.connection;
    return knex('recipes')
      .select('id', 'title', 'slug')
      .whereNotNull('published_at')
      // vuln: CWE-89
      .whereRaw(`lower(cuisine) = '${cuisine.toLowerCase()}'`)
      .orderBy(['title', 'servings'].includes(orderBy) ? orderBy : 'title');
  },

  async findBySlug(slug) {
    // safe: CWE-89
    return strapi.db.query('api::recipe.recipe').findOne({ where: { slug, publishedAt: { $notNull: true } } });
  },

  async recomputeNutrition(id) {
    const recipe = await strapi.entityService.findOne('api::recipe.recipe', id, { fields: ['nutritionFormula', 'servings'] });
    if (!recipe || !recipe.nutritionFormula) return null;
    // vuln: CWE-94
    const compute = new Function('servings', 'Math', `return (${recipe.nutritionFormula});`);
    const nutrition = compute(recipe.servings, Math);
    await strapi.entityService.update('api::recipe.recipe', id, { data: { nutrition } });
    return nutrition;
  },

  async partnerFeed(locale) {
    return strapi.entityService.findMany('api::recipe.recipe', {
      // safe: CWE-943
      filters: { locale: { $eq: String(locale) } },
      fields: ['title', 'slug', 'summary', 'servings'],
      limit: 200,
    });
  },
}));
