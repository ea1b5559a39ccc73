import { Controller, Get, Inject, Query } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';

@Controller('/session')
export class SessionController {
  @Inject()
  ctx: Context;

  @Get('/logout')
  async logout(@Query('returnUrl') returnUrl: string) {
    this.ctx.session = null;
    // ruleid: js/open-redirect
    this.ctx.redirect(returnUrl || '/login');
  }

  @Get('/back')
  async back(@Query('next') next: string) {
    const local = typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\');
    // ok: js/open-redirect
    this.ctx.redirect(local ? next : '/');
  }

  @Get('/home')
  async home() {
    // ok: js/open-redirect
    this.ctx.redirect('/portal');
  }
}
