import { json } from '@solidjs/router';
import type { APIEvent } from '@solidjs/start/server';
import { getQuery } from 'vinxi/http';
import { fetchLinkPreview } from '~/lib/server/webhook-service';

export async function GET(event: APIEvent) {
  if (!event.locals.organiser) return json({ error: 'Unauthorized' }, { status: 401 });
  const { url } = getQuery(event.nativeEvent) as { url?: string };
  if (!url || !/^https?:\/\//.test(url)) return json({ error: 'Give an http(s) URL' }, { status: 400 });
  return json(await fetchLinkPreview(url));
}
