import { error } from '@sveltejs/kit';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { RequestHandler } from './$types';
import { getPosts, getThread } from '$lib/server/threads';
import { exportThread, EXPORT_TYPES } from '$lib/server/export';

// GET /api/export?thread=42&format=pdf
export const GET: RequestHandler = async ({ url, locals }) => {
  if (!locals.user) error(401, 'Sign in to export threads');
  const threadId = Number(url.searchParams.get('thread'));
  const format = url.searchParams.get('format') ?? 'pdf';
  const thread = Number.isInteger(threadId) ? getThread(threadId) : undefined;
  if (!thread) error(404, 'Thread not found');

  const file = await exportThread(thread, getPosts(thread.id), format);
  const data = await readFile(file);
  await rm(path.dirname(file), { recursive: true, force: true });
  return new Response(data, {
    headers: {
      'Content-Type': EXPORT_TYPES[format] ?? 'application/octet-stream',
      'Content-Disposition': `attachment; filename="thread-${thread.id}.${EXPORT_TYPES[format] ? format : 'bin'}"`
    }
  });
};
