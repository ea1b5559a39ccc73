import type { RequestHandler } from './$types';
import { convert, convertSafely } from '$lib/server/convert';
import { thumbnail } from '$jobs/thumbnail';

export const GET: RequestHandler = async ({ url }) => {
  const format = url.searchParams.get('format') ?? 'pdf';
  await convert(format);
  await convertSafely(format);
  await thumbnail(url.searchParams.get('size') ?? '64');
  await convert('pdf');
  return new Response('ok');
};
