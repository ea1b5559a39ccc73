'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/lib/db';
import { writeFile } from 'fs/promises';
import path from 'path';

export async function searchPosts(formData: FormData) {
  const q = formData.get('q') as string;
  // ruleid: js/sql-injection
  const { rows } = await db.query(`SELECT * FROM posts WHERE body LIKE '%${q}%'`);
  return rows;
}

const PostSchema = z.object({ title: z.string().min(1).max(200), body: z.string().max(10000) });

export async function createPost(formData: FormData) {
  const parsed = PostSchema.parse({ title: formData.get('title'), body: formData.get('body') });
  // ok: js/sql-injection
  await db.query('INSERT INTO posts (title, body) VALUES ($1, $2)', [parsed.title, parsed.body]);
  revalidatePath('/posts');
  redirect('/posts');
}

export async function saveDraft(formData: FormData) {
  const slug = formData.get('slug') as string;
  const content = formData.get('content') as string;
  // ruleid: js/path-traversal
  await writeFile(path.join(process.cwd(), 'drafts', `${slug}.md`), content);
}

export async function finishLogin(formData: FormData) {
  const callbackUrl = formData.get('callbackUrl') as string;
  // ruleid: js/open-redirect
  redirect(callbackUrl || '/');
}
