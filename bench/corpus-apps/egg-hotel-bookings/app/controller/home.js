'use strict';

const { Controller } = require('egg');

class HomeController extends Controller {
  async index() {
    const { ctx, service } = this;
    const featured = await service.room.featured();
    await ctx.render('home.nj', { featured, q: ctx.query.q || '' });
  }
}

module.exports = HomeController;
