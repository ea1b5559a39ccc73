import { json } from '@solidjs/router';
import type { APIEvent } from '@solidjs/start/server';
import { curatedListing, listing } from '~/lib/server/event-service';
import { toPositiveInt } from '~/lib/server/validators';

export async function GET({ request }: APIEvent) {
  const { searchParams } = new URL(request.url);
  const category = searchParams.get('category') ?? undefined;
  if (searchParams.get('view') === 'curated') {
    return json(await curatedListing(category, searchParams.get('sort')));
  }
  const rows = await listing(category, searchParams.get('sort'), toPositiveInt(searchParams.get('limit'), 24, 100));
  return json(rows, { headers: { 'cache-control': 'public, max-age=60' } });
}
