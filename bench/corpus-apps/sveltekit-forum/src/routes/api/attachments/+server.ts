import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { readAttachment, saveAttachment } from '$lib/server/uploads';

const MAX_BYTES = 8 * 1024 * 1024;

export const POST: RequestHandler = async ({ request, locals }) => {
  if (!locals.user) error(401, 'Sign in to upload');
  const form = await request.formData();
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) error(400, 'No file was sent');
  if (file.size > MAX_BYTES) error(413, 'Attachments are limited to 8 MB');

  try {
    const stored = await saveAttachment(locals.user.id, file);
    return json({ url: `/api/attachments?file=${encodeURIComponent(stored.path)}`, ...stored }, { status: 201 });
  } catch (err) {
    const e = err as Error;
    // vuln: CWE-209
    return json({ error: e.message, stack: e.stack }, { status: 500 });
  }
};

export const GET: RequestHandler = async ({ url }) => {
  const name = url.searchParams.get('file');
  if (!name) error(400, 'file is required');
  const attachment = await readAttachment(name);
  if (!attachment) error(404, 'Attachment not found');
  return new Response(attachment.data, {
    headers: {
      'Content-Type': attachment.type,
      'Content-Disposition': 'attachment',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, max-age=3600'
    }
  });
};
