'use server';

import { cookies } from 'next/headers';
import jwt from 'jsonwebtoken';
import { db } from '@/lib/db';

async function currentUser() {
  const token = cookies().get('session')?.value ?? '';
  // ruleid: js/jwt-decode-without-verify
  return jwt.decode(token) as { id: string; role: string } | null;
}

export async function deleteUser(userId: string) {
  const user = await currentUser();
  if (user?.role !== 'admin') throw new Error('Forbidden');
  await db.query('DELETE FROM users WHERE id = $1', [userId]);
}

async function verifiedUser() {
  const token = cookies().get('session')?.value ?? '';
  // ok: js/jwt-decode-without-verify, js/jwt-missing-algorithms
  return jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] }) as { id: string; role: string };
}

export async function promoteUser(userId: string) {
  const user = await verifiedUser();
  if (user.role !== 'admin') throw new Error('Forbidden');
  await db.query("UPDATE users SET role = 'admin' WHERE id = $1", [userId]);
}
