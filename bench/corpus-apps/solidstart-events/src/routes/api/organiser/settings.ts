import { json } from '@solidjs/router';
import type { APIEvent } from '@solidjs/start/server';
import { updateNotifications, updateSettings } from '~/lib/server/organiser-service';

export async function PUT({ request, locals }: APIEvent) {
  if (!locals.organiser) return json({ error: 'Unauthorized' }, { status: 401 });
  const patch = (await request.json()) as Record<string, unknown>;
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return json({ error: 'Expected an object' }, { status: 400 });
  }
  return json(await updateSettings(locals.organiser.id, patch));
}

export async function POST({ request, locals }: APIEvent) {
  if (!locals.organiser) return json({ error: 'Unauthorized' }, { status: 401 });
  const body = (await request.json()) as { notifications?: unknown };
  return json(await updateNotifications(locals.organiser.id, body.notifications));
}
