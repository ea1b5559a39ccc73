import { Controller, Get, Inject, Query } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';

// @midwayjs/view-nunjucks renders `this.ctx.render(name, data)` from the `view/` folder (view.rootDir).
@Controller('/pages')
export class PageController {
  @Inject()
  ctx: Context;

  @Get('/search')
  async search(@Query('q') q: string) {
    await this.ctx.render('pages/search', { q, title: 'Search' });
  }
}
