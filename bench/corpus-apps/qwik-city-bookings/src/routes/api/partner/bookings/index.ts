import type { RequestHandler } from '@builder.io/qwik-city';
import { clinicBookings } from '~/lib/server/booking-service';
import { readIntegrationToken, verifyAggregatorToken, type PartnerClaims } from '~/lib/server/partner-auth';

export const onRequest: RequestHandler = async ({ request, sharedMap, error, next }) => {
  const auth = request.headers.get('authorization') ?? '';
  const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
  if (!token) throw error(401, 'Bearer token required');
  let claims: PartnerClaims;
  try {
    claims = request.headers.get('x-partner-kind') === 'aggregator' ? await verifyAggregatorToken(token) : readIntegrationToken(token);
  } catch {
    throw error(401, 'Invalid token');
  }
  sharedMap.set('partner', claims);
  await next();
};

export const onGet: RequestHandler = async ({ query, sharedMap, error, json }) => {
  const partner = sharedMap.get('partner') as PartnerClaims;
  const clinicId = Number(query.get('clinic'));
  if (!partner.scope.includes('bookings:read') || !partner.clinicIds.includes(clinicId)) throw error(403, 'Not allowed');
  json(200, await clinicBookings(clinicId, 'date', 'asc'));
};
