import Router from '@koa/router';
import jwt from 'jsonwebtoken';
import argon2 from 'argon2';
import { userRepo } from './repo.js';

export const authRouter = new Router({ prefix: '/auth' });

// ruleid: js/jwt-hardcoded-secret
const SECRET = 'koa-dev-secret-change-me';

// ruleid: js/missing-rate-limit
authRouter.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  const user = await userRepo.findByEmail(email);
  if (!user || !(await argon2.verify(user.hash, password))) {
    ctx.throw(401, 'Invalid credentials');
  }
  // ruleid: js/jwt-none-algorithm
  ctx.body = { token: jwt.sign({ sub: user.id }, SECRET, { algorithm: 'none' }) };
});

authRouter.get('/session', async (ctx) => {
  const token = ctx.cookies.get('token') ?? '';
  // ruleid: js/jwt-ignore-expiration
  // ruleid: js/jwt-missing-algorithms
  const claims = jwt.verify(token, SECRET, { ignoreExpiration: true });
  ctx.body = claims;
});

authRouter.get('/whoami', async (ctx) => {
  const token = (ctx.get('Authorization') || '').replace(/^Bearer /, '');
  // ruleid: js/jwt-decode-without-verify
  const { sub, role } = jwt.decode(token) as { sub: string; role: string };
  ctx.body = { sub, isAdmin: role === 'admin' };
});

authRouter.get('/v2/session', async (ctx) => {
  const token = ctx.cookies.get('token') ?? '';
  // ok: js/jwt-ignore-expiration, js/jwt-missing-algorithms
  ctx.body = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'], maxAge: '1h' });
});
