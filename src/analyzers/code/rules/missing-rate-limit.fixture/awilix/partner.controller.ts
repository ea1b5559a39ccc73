// awilix-koa class controllers: `@route` prefixes, `@before` middleware on the class or the method.
import type { Context } from 'koa';
import { before, POST, route } from 'awilix-koa';
import { loginThrottle } from './throttle';

@route('/partners')
export default class PartnerController {
  @route('/login')
  // ruleid: js/missing-rate-limit
  @POST()
  async login(ctx: Context) {
    ctx.body = { ok: Boolean((ctx.request.body as { password?: string }).password) };
  }

  @route('/otp/verify')
  // ok: js/missing-rate-limit
  @POST()
  @before([loginThrottle({ max: 5 })])
  async verify(ctx: Context) {
    ctx.body = { ok: true };
  }
}
