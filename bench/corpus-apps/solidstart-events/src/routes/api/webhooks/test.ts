import { json } from '@solidjs/router';
import type { APIEvent } from '@solidjs/start/server';
import { readBody } from 'vinxi/http';
import { isAllowedWebhookUrl } from '~/lib/server/validators';
import { testWebhook } from '~/lib/server/organiser-service';

export async function POST(event: APIEvent) {
  if (!event.locals.organiser) return json({ error: 'Unauthorized' }, { status: 401 });
  const body = await readBody<{ url?: string }>(event.nativeEvent);
  const url = String(body?.url ?? '');
  if (!isAllowedWebhookUrl(url)) return json({ error: 'Only Slack, Zapier, Discord and Make hooks are supported' }, { status: 400 });
  return json(await testWebhook(event.locals.organiser.name, url));
}
