import type { RequestHandler } from '@builder.io/qwik-city';
import type { SessionUser } from '~/lib/server/auth-service';
import { importFeed, importGoogleCalendar } from '~/lib/server/calendar-service';

export const onPost: RequestHandler = async ({ parseBody, sharedMap, error, json }) => {
  const user = sharedMap.get('user') as SessionUser | undefined;
  if (!user || user.role === 'customer') throw error(403, 'Staff only');
  const body = (await parseBody()) as { feedUrl?: string; googleCalendarId?: string } | null;

  if (body?.googleCalendarId) {
    json(200, { blocks: await importGoogleCalendar(body.googleCalendarId) });
    return;
  }
  if (!body?.feedUrl) throw error(400, 'feedUrl is required');
  const { blocks, raw } = await importFeed(body.feedUrl);
  json(200, { blocks, preview: raw });
};
