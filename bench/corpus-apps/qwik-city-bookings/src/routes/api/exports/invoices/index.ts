import type { RequestHandler } from '@builder.io/qwik-city';
import type { SessionUser } from '~/lib/server/auth-service';
import { compressCsv, invoiceArchive } from '~/lib/server/export-service';

export const onPost: RequestHandler = async ({ request, sharedMap, error, json }) => {
  const user = sharedMap.get('user') as SessionUser | undefined;
  if (!user || user.clinicId == null || user.role === 'customer') throw error(403, 'Staff only');
  const body = (await request.json()) as { label?: string; month?: string };
  const month = /^\d{4}-\d{2}$/.test(body.month ?? '') ? (body.month as string) : new Date().toISOString().slice(0, 7);
  const archive = await invoiceArchive(user.clinicId, body.label ?? `invoices-${month}`);
  const csv = await compressCsv(user.clinicId, month);
  json(201, { archive, csv });
};
