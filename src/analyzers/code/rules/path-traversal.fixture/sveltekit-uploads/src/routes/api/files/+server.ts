import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { keepName, renameOnSave } from '$lib/server/files';

export const POST: RequestHandler = async ({ request }) => {
  const form = await request.formData();
  const file = form.get('file');
  if (!(file instanceof File)) error(400, 'no file');
  await keepName(file);
  await renameOnSave(file);
  return new Response(null, { status: 201 });
};
