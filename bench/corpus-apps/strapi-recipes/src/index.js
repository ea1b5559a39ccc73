'use strict';

module.exports = {
  register() {},

  async bootstrap({ strapi }) {
    strapi.cron.add({
      refreshNutrition: {
        task: async ({ strapi }) => {
          const recipes = await strapi.entityService.findMany('api::recipe.recipe', { fields: ['id'], limit: 500 });
          for (const r of recipes) {
            await strapi.service('api::recipe.recipe').recomputeNutrition(r.id);
          }
        },
        options: { rule: '15 4 * * *' },
      },
    });
  },
};
