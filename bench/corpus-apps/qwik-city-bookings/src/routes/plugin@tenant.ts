import type { RequestHandler } from '@builder.io/qwik-city';
import { clinicBySlug } from '~/lib/server/clinic-service';
import { SLUG } from '~/lib/validators';

// Clinics get "<slug>.slotly.app"; the embeddable widget sends X-Clinic instead.
export const onRequest: RequestHandler = async ({ request, url, sharedMap, next }) => {
  const fromHeader = request.headers.get('x-clinic');
  const sub = url.hostname.endsWith('.slotly.app') ? url.hostname.slice(0, -'.slotly.app'.length) : null;
  const tenantSlug = fromHeader ?? sub;
  if (tenantSlug) {
    sharedMap.set('tenantSlug', tenantSlug);
    if (SLUG.test(tenantSlug)) {
      const clinic = await clinicBySlug(tenantSlug);
      if (clinic) sharedMap.set('clinic', clinic);
    }
  }
  await next();
};
