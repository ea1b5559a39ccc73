'use strict';

const { createCoreController } = require('@strapi/strapi').factories;

// Strapi hands controllers Koa's ctx; services are reached by their uid.
module.exports = createCoreController('api::report.report', ({ strapi }) => ({
  async build(ctx) {
    ctx.body = await strapi.service('api::report.report').render(ctx.query.name);
  },

  async thumb(ctx) {
    ctx.body = await strapi.service('api::report.thumbs').make(ctx.request.body.file);
  },

  async nightly(ctx) {
    ctx.body = await strapi.service('api::report.report').render('nightly');
  },
}));
