'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { db } from '../lib/db';
import { prisma } from '../lib/prisma';
import { getVerifiedSession } from '../lib/session';

export async function updateBio(formData: FormData) {
  const session = getVerifiedSession();
  if (!session) redirect('/login');
  const bio = String(formData.get('bio') ?? '');
  // vuln: CWE-89
  await db.query(`UPDATE profiles SET bio = '${bio}' WHERE user_id = '${session.userId}'`);
  revalidatePath('/profile');
  redirect('/profile?saved=1');
}

export async function updateName(formData: FormData) {
  const session = getVerifiedSession();
  if (!session) redirect('/login');
  const name = String(formData.get('name') ?? '').slice(0, 80);
  // safe: CWE-89
  await prisma.profile.update({ where: { userId: session.userId }, data: { name } });
  revalidatePath('/profile');
  redirect('/profile');
}
