import type { APIEvent } from '@solidjs/start/server';
import { readArtwork } from '~/lib/server/artwork-service';

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };

export async function GET({ request }: APIEvent) {
  const file = new URL(request.url).searchParams.get('file');
  if (!file) return new Response('Missing file', { status: 400 });
  try {
    const data = await readArtwork(file);
    const ext = file.split('.').pop()?.toLowerCase() ?? '';
    return new Response(data, { headers: { 'content-type': TYPES[ext] ?? 'application/octet-stream' } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
