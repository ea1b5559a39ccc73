import type { RequestHandler } from '@builder.io/qwik-city';
import { openingHoursForTenant } from '~/lib/server/clinic-service';
import { repos } from '~/lib/server/db';
import type { Clinic } from '~/lib/server/repositories/clinic-repository';
import { ISO_DAY } from '~/lib/validators';

// GET /api/widget?view=hours   (tenant from X-Clinic or the clinic sub-domain)
// GET /api/widget?view=slots&day=2024-06-03
export const onGet: RequestHandler = async ({ sharedMap, query, error, json }) => {
  if (query.get('view') === 'slots') {
    const clinic = sharedMap.get('clinic') as Clinic | undefined;
    if (!clinic) throw error(400, 'Unknown clinic');
    const day = query.get('day') ?? '';
    if (!ISO_DAY.test(day)) throw error(400, 'day must be YYYY-MM-DD');
    json(200, { taken: await repos.bookings.takenSlots(clinic.id, day) });
    return;
  }
  const tenantSlug = sharedMap.get('tenantSlug') as string | undefined;
  if (!tenantSlug) throw error(400, 'Unknown clinic');
  const rows = await openingHoursForTenant(tenantSlug);
  json(200, rows.map((r) => ({ weekday: r['weekday'], opens: r['opens'], closes: r['closes'] })));
};
