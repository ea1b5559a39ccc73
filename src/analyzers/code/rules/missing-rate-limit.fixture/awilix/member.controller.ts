// awilix-koa: a controller built with `createController(api)`; the route table names the handlers.
import type { Context } from 'koa';
import { createController } from 'awilix-koa';
import { loginThrottle } from './throttle';

const memberApi = ({ memberService }: { memberService: { signIn(email: string, password: string): Promise<string | null> } }) => ({
  async signIn(ctx: Context) {
    const { email, password } = ctx.request.body as { email: string; password: string };
    ctx.body = { token: await memberService.signIn(email, password) };
  },
  async staffSignIn(ctx: Context) {
    const { email, password } = ctx.request.body as { email: string; password: string };
    ctx.body = { token: await memberService.signIn(email, password) };
  },
  async logout(ctx: Context) {
    ctx.status = 204;
  },
});

export default createController(memberApi)
  .prefix('/members')
  // ruleid: js/missing-rate-limit
  .post('/login', 'signIn')
  // ok: js/missing-rate-limit
  .post('/staff/login', 'staffSignIn', { before: [loginThrottle({ max: 10 })] })
  .post('/logout', 'logout');
