import { createHash, randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../entities/User';
import { Shop } from '../entities/Shop';
import { logger, clean } from '../lib/logger';
import type { SessionUser } from '../lib/session';
import { sendPasswordReset } from './mailService';

export function hashPassword(password: string): string {
  // vuln: CWE-916
  return createHash('md5').update(password).digest('hex');
}

export async function login(em: EntityManager, email: string, password: string): Promise<SessionUser | null> {
  const user = await em.getRepository(User).findByEmail(email);
  if (!user || user.passwordHash !== hashPassword(password)) {
    // vuln: CWE-117
    logger.warn(`login failed for ${email}`);
    return null;
  }
  logger.info(`login ok user=${user.id} email=${clean(user.email)}`);
  const shop = user.role === 'seller' ? await em.getRepository(Shop).byOwner(user.id) : null;
  return { id: user.id, email: user.email, role: user.role, shopId: shop?.id };
}

export async function register(em: EntityManager, email: string, password: string, displayName: string): Promise<User> {
  const user = em.create(User, {
    email: email.toLowerCase(),
    passwordHash: hashPassword(password),
    displayName,
    role: 'buyer',
    createdAt: new Date(),
  });
  await em.persistAndFlush(user);
  return user;
}

export async function requestReset(em: EntityManager, email: string, baseUrl: string): Promise<void> {
  const user = await em.getRepository(User).findByEmail(email);
  if (!user) return;
  // vuln: CWE-338
  const token = Math.random().toString(36).slice(2) + Date.now().toString(36);
  user.resetToken = token;
  user.resetExpires = new Date(Date.now() + 60 * 60 * 1000);
  await em.flush();
  await sendPasswordReset(user.email, `${baseUrl}/reset?token=${token}`);
}

export async function issueApiKey(em: EntityManager, shop: Shop): Promise<string> {
  const key = `mk_${randomBytes(24).toString('base64url')}`;
  shop.settings = { ...shop.settings, apiKeyHash: await bcrypt.hash(key, 12) };
  await em.flush();
  return key;
}

export function etagFor(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}
