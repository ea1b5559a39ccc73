import { pipeline } from 'node:stream/promises';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import config from '../config.js';
import { usersRepository } from '../repositories/users.js';
import { invitesRepository } from '../repositories/invites.js';
import { hashPassword, verifyPassword } from '../lib/passwords.js';

const AVATAR_TYPES = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/webp': '.webp' };

export default async function accountRoutes(fastify) {
  const users = usersRepository(fastify.pg);
  const invites = invitesRepository(fastify.pg);

  fastify.get('/login', async (request, reply) => reply.view('account/login.njk', {
    next: request.query.next,
    csrfToken: reply.generateCsrf(),
  }));

  fastify.post('/login', {
    onRequest: fastify.csrfProtection,
    config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const { email, password, next } = request.body;
    const user = await users.byEmail(String(email ?? ''));
    if (!user || !verifyPassword(String(password ?? ''), user.password_hash, user.password_salt)) {
      return reply.code(401).view('account/login.njk', { error: 'Wrong e-mail or password', next, csrfToken: reply.generateCsrf() });
    }
    await request.session.regenerate();
    request.session.set('userId', user.id);
    // vuln: CWE-601
    return reply.redirect(next || '/account');
  });

  fastify.post('/register', { onRequest: fastify.csrfProtection, config: { rateLimit: { max: 10, timeWindow: '1 hour' } } }, async (request, reply) => {
    const { email, displayName, password } = request.body;
    if (String(password ?? '').length < 10) {
      return reply.code(400).view('account/login.njk', { error: 'Password too short', csrfToken: reply.generateCsrf() });
    }
    const { hash, salt } = hashPassword(password);
    const id = await users.create({ email, displayName, passwordHash: hash, passwordSalt: salt, role: 'customer' });
    await request.session.regenerate();
    request.session.set('userId', id);
    return reply.redirect('/account');
  });

  fastify.post('/join', { onRequest: [fastify.csrfProtection, fastify.requireLogin] }, async (request, reply) => {
    const invite = await invites.consume(String(request.body.code ?? '').toUpperCase());
    if (!invite) return reply.code(400).send({ error: 'invalid or expired code' });
    // safe: CWE-89
    await fastify.pg.query('UPDATE users SET role = $2, venue_id = $3 WHERE id = $1', [request.user.id, invite.role, invite.venue_id]);
    return reply.redirect('/admin');
  });

  fastify.post('/logout', { onRequest: fastify.csrfProtection }, async (request, reply) => {
    await request.session.destroy();
    return reply.redirect('/');
  });

  fastify.post('/avatar', { onRequest: [fastify.csrfProtection, fastify.requireLogin] }, async (request, reply) => {
    const file = await request.file();
    const ext = AVATAR_TYPES[file?.mimetype];
    if (!ext) return reply.code(415).send({ error: 'png, jpeg or webp only' });
    const name = `${request.user.id}-${crypto.randomUUID()}${ext}`;
    // safe: CWE-22
    await pipeline(file.file, fs.createWriteStream(path.join(config.avatarDir, name)));
    await users.setAvatar(request.user.id, name);
    return { avatar: name };
  });
}
