import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { SignJWT, jwtVerify } from 'jose';
import type { EnvGetter } from '@builder.io/qwik-city/middleware/request-handler';
import { AUTH_LOG, ISSUER, sessionKey } from './config';
import { repos } from './db';
import type { User } from './repositories/user-repository';

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: User['role'];
  clinicId: number | null;
}

function customerHash(password: string): string {
  // vuln: CWE-916
  return createHash('md5').update(password).digest('hex');
}

function staffHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 64, { N: 16384, r: 8, p: 1 });
  return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

function verifyPassword(user: User, password: string): boolean {
  if (user.passwordHash.startsWith('scrypt$')) {
    const [, saltHex, keyHex] = user.passwordHash.split('$');
    const expected = Buffer.from(keyHex, 'hex');
    const actual = scryptSync(password, Buffer.from(saltHex, 'hex'), expected.length, { N: 16384, r: 8, p: 1 });
    return timingSafeEqual(actual, expected);
  }
  const actual = Buffer.from(customerHash(password), 'hex');
  const expected = Buffer.from(user.passwordHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export async function registerCustomer(email: string, fullName: string, password: string): Promise<number> {
  return repos.users.create(email.toLowerCase(), fullName, customerHash(password));
}

export async function inviteStaff(email: string, fullName: string, password: string): Promise<number> {
  return repos.users.createStaff(email.toLowerCase(), fullName, staffHash(password));
}

export async function authenticate(email: string, password: string, ip: string): Promise<SessionUser | null> {
  const user = await repos.users.findByEmail(email);
  if (!user || !verifyPassword(user, password)) {
    // vuln: CWE-117
    await appendFile(AUTH_LOG, `${new Date().toISOString()} login-failed ip=${ip} email=${email}\n`);
    return null;
  }
  await appendFile(AUTH_LOG, JSON.stringify({ at: new Date().toISOString(), event: 'login', ip, userId: user.id }) + '\n');
  return { id: user.id, email: user.email, name: user.fullName, role: user.role, clinicId: user.clinicId };
}

export async function issueSession(user: SessionUser, env: EnvGetter, ttl = '8h'): Promise<string> {
  return new SignJWT({ email: user.email, name: user.name, role: user.role, clinicId: user.clinicId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(user.id))
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(sessionKey(env));
}

export async function readSession(token: string, env: EnvGetter): Promise<SessionUser | null> {
  try {
    // safe: CWE-347
    const { payload } = await jwtVerify(token, sessionKey(env), { algorithms: ['HS256'], issuer: ISSUER });
    return {
      id: Number(payload.sub),
      email: String(payload['email']),
      name: String(payload['name']),
      role: payload['role'] as User['role'],
      clinicId: payload['clinicId'] == null ? null : Number(payload['clinicId']),
    };
  } catch {
    return null;
  }
}

export function newResetToken(): string {
  return randomBytes(32).toString('base64url');
}
