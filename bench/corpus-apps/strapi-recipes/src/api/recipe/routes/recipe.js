'use strict';

const { createCoreRouter } = require('@strapi/strapi').factories;

module.exports = createCoreRouter('api::recipe.recipe', {
  config: {
    find: { auth: false },
    findOne: { auth: false },
  },
});
