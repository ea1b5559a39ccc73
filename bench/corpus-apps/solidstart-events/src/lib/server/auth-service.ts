import { appendFile } from 'node:fs/promises';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import path from 'node:path';
import bcrypt from 'bcryptjs';
import { env } from '~/lib/env';
import * as users from './repositories/user-repository';
import * as organisers from './repositories/organiser-repository';

const AUTH_LOG = path.join(env.LOG_DIR, 'auth.log');

export async function hashAttendeePassword(password: string): Promise<string> {
  // safe: CWE-916
  return bcrypt.hash(password, 12);
}

export function hashOrganiserPassword(password: string, email: string): string {
  // vuln: CWE-916
  return createHash('sha256').update(`${email.toLowerCase()}:${password}`).digest('hex');
}

export async function registerAttendee(email: string, name: string, password: string) {
  const passwordHash = await hashAttendeePassword(password);
  return users.insertUser({ email: email.toLowerCase(), name, passwordHash });
}

export async function registerOrganiser(email: string, name: string, password: string) {
  const passwordHash = hashOrganiserPassword(password, email);
  return organisers.insertOrganiser({ email: email.toLowerCase(), name, passwordHash });
}

export async function loginAttendee(email: string, password: string, ip: string) {
  const user = await users.findByEmail(email);
  const ok = user ? await bcrypt.compare(password, user.passwordHash) : false;
  if (!ok) {
    // vuln: CWE-117
    await appendFile(AUTH_LOG, `${new Date().toISOString()} login-failed email=${email} ip=${ip}\n`);
    return null;
  }
  // safe: CWE-117
  await appendFile(AUTH_LOG, JSON.stringify({ at: new Date().toISOString(), event: 'login', userId: user!.id }) + '\n');
  return { id: user!.id, email: user!.email };
}

export async function loginOrganiser(email: string, password: string) {
  const organiser = await organisers.findByEmail(email);
  if (!organiser) return null;
  const expected = Buffer.from(organiser.passwordHash, 'hex');
  const actual = Buffer.from(hashOrganiserPassword(password, email), 'hex');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return { id: organiser.id, name: organiser.name };
}

export function newRememberToken(): string {
  return randomBytes(32).toString('base64url');
}

type Bucket = { count: number; resetAt: number };

const buckets = new Map<string, Bucket>();

export function hitRateLimit(key: string, limit: number, windowMs: number): boolean {
  const now = Date.now();
  const bucket = buckets.get(key);
  if (!bucket || bucket.resetAt <= now) {
    buckets.set(key, { count: 1, resetAt: now + windowMs });
    return true;
  }
  bucket.count += 1;
  return bucket.count <= limit;
}

export function resetRateLimit(key: string) {
  buckets.delete(key);
}
