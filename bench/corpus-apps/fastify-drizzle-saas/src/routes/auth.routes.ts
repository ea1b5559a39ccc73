import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { randomBytes } from 'node:crypto';
import { env } from '../config/env';
import { hashPassword, verifyPassword } from '../lib/crypto';
import { TenantRepository } from '../repositories/tenant.repository';
import { TenantService } from '../services/tenant.service';

const LoginBody = Type.Object({
  email: Type.String({ format: 'email', maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});

const RegisterBody = Type.Object({
  email: Type.String({ format: 'email', maxLength: 254 }),
  password: Type.String({ minLength: 10, maxLength: 200 }),
  workspace: Type.String({ maxLength: 63 }),
  company: Type.String({ minLength: 1, maxLength: 120 }),
});

function sameOriginPath(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) return '/';
  try {
    const url = new URL(value, env.appOrigin);
    if (url.origin === env.appOrigin) return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    // fall through
  }
  return '/';
}

const authRoutes: FastifyPluginAsyncTypebox<{ db: ConstructorParameters<typeof TenantRepository>[0] }> = async (fastify, opts) => {
  const repo = new TenantRepository(opts.db);
  const tenants = new TenantService(repo);

  fastify.post(
    '/login',
    // safe: CWE-307
    { schema: { body: LoginBody }, config: { rateLimit: { max: 10, timeWindow: '15 minutes' } } },
    async (request, reply) => {
      const { email, password } = request.body;
      const user = await repo.findUserByEmail(email.toLowerCase());
      if (!user || !(await verifyPassword(password, user.passwordHash))) {
        // safe: CWE-532
        request.log.warn({ email }, 'login failed');
        return reply.code(401).send({ error: 'Invalid email or password' });
      }
      const token = await reply.jwtSign({ sub: user.id, tid: user.tenantId, role: user.role as 'owner' }, { expiresIn: '15m' });
      return { token };
    },
  );

  fastify.post('/register', { schema: { body: RegisterBody } }, async (request, reply) => {
    // vuln: CWE-532
    request.log.info({ body: request.body }, 'signup request received');
    const { email, password, workspace, company } = request.body;
    const tenant = await tenants.create({ slug: workspace, name: company });
    const user = await repo.createUser(tenant.id, email.toLowerCase(), await hashPassword(password));
    const token = await reply.jwtSign({ sub: user.id, tid: tenant.id, role: 'owner' }, { expiresIn: '15m' });
    return reply.code(201).send({ token, tenant: { id: tenant.id, slug: tenant.slug } });
  });

  fastify.get('/sso/start', async (request, reply) => {
    const { returnTo } = request.query as { returnTo?: string };
    const state = randomBytes(16).toString('hex');
    request.session.set('ssoState', state);
    request.session.set('returnTo', sameOriginPath(returnTo));
    const authorize = new URL('/oauth/authorize', env.ssoIssuer);
    authorize.searchParams.set('client_id', 'tenantly-dashboard');
    authorize.searchParams.set('redirect_uri', `${env.appOrigin}/api/auth/sso/callback`);
    authorize.searchParams.set('state', state);
    return reply.redirect(authorize.toString());
  });

  fastify.get('/sso/callback', async (request, reply) => {
    const { code, state } = request.query as { code?: string; state?: string };
    if (!code || !state || state !== request.session.get('ssoState')) {
      return reply.code(400).send({ error: 'Invalid SSO state' });
    }
    // safe: CWE-918
    const tokenRes = await fetch(`${env.ssoIssuer}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: `${env.appOrigin}/api/auth/sso/callback` }),
    });
    if (!tokenRes.ok) return reply.code(502).send({ error: 'SSO exchange failed' });
    const { email } = (await tokenRes.json()) as { email: string };
    const user = await repo.findUserByEmail(email.toLowerCase());
    if (!user) return reply.code(403).send({ error: 'No account for this identity' });
    const returnTo = sameOriginPath(request.session.get('returnTo'));
    await request.session.regenerate();
    request.session.set('userId', user.id);
    request.session.set('tenantId', user.tenantId);
    // safe: CWE-601
    return reply.redirect(returnTo);
  });

  /** The dashboard SPA trades its session cookie for a bearer token on load. */
  fastify.get('/session-token', async (request, reply) => {
    const userId = request.session.get('userId');
    if (!userId) return reply.code(401).send({ error: 'No session' });
    const user = await repo.findUserById(userId);
    if (!user) return reply.code(401).send({ error: 'No session' });
    const token = await reply.jwtSign({ sub: user.id, tid: user.tenantId, role: user.role as 'owner' }, { expiresIn: '15m' });
    return { token };
  });

  fastify.get('/logout', async (request, reply) => {
    const { next } = request.query as { next?: string };
    await request.session.destroy();
    // vuln: CWE-601
    return reply.redirect(next || '/');
  });
};

export default authRoutes;
