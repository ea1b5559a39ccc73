import type { APIEvent } from '@solidjs/start/server';
import { readArtworkForEvent } from '~/lib/server/artwork-service';

export async function GET({ params }: APIEvent) {
  const image = await readArtworkForEvent(Number(params.id));
  if (!image) return new Response('Not found', { status: 404 });
  return new Response(image, { headers: { 'content-type': 'image/*', 'cache-control': 'public, max-age=3600' } });
}
