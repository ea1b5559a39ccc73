'use strict';

module.exports = {
  routes: [
    { method: 'GET', path: '/recipes/search', handler: 'recipe.search', config: { auth: false } },
    { method: 'GET', path: '/recipes/by-cuisine/:cuisine', handler: 'recipe.byCuisine', config: { auth: false } },
    { method: 'GET', path: '/recipes/:slug/share', handler: 'recipe.share', config: { auth: false } },
    { method: 'GET', path: '/recipes/:id/card', handler: 'recipe.card', config: { auth: false } },
    { method: 'POST', path: '/recipes/:id/photo-variant', handler: 'recipe.photoVariant', config: { policies: ['global::is-editor'] } },
    { method: 'PUT', path: '/recipes/:id/nutrition-formula', handler: 'recipe.setFormula', config: { policies: ['global::is-editor'] } },
    { method: 'GET', path: '/partner/recipes', handler: 'recipe.partnerFeed', config: { auth: false, policies: ['api::recipe.partner-token'] } },
    { method: 'PUT', path: '/me/preferences', handler: 'recipe.updatePreferences' },
    { method: 'GET', path: '/connect/done', handler: 'recipe.afterLogin', config: { auth: false } },
  ],
};
