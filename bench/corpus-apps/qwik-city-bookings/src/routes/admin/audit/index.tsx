import { component$ } from '@builder.io/qwik';
import { Form, routeAction$, routeLoader$ } from '@builder.io/qwik-city';
import type { Document } from 'mongodb';
import { listAudit, queryAudit, type AuditEntry } from '~/lib/server/repositories/audit-repository';

const ACTIONS = new Set(['booking.created', 'booking.cancelled', 'settings.updated', 'payment.succeeded']);

function toRow(e: AuditEntry) {
  return { actor: e.actor, action: e.action, target: e.target ?? '', at: e.at.toISOString() };
}

export const useActivity = routeLoader$(async ({ sharedMap, query }) => {
  const clinicId = sharedMap.get('staffClinicId') as number;
  const days = Math.min(Math.max(Number(query.get('days') ?? 7) || 7, 1), 90);
  const action = query.get('action');
  const entries = await listAudit(clinicId, action && ACTIONS.has(action) ? action : null, new Date(Date.now() - days * 86_400_000));
  return entries.map(toRow);
});

// "Advanced filter" box: staff type a Mongo-style JSON filter.
export const useAdvancedFilter = routeAction$(async (data, { sharedMap, fail }) => {
  const clinicId = sharedMap.get('staffClinicId') as number;
  let custom: Document;
  try {
    custom = JSON.parse(String(data['filter'] ?? '{}')) as Document;
  } catch {
    return fail(400, { message: 'Invalid filter' });
  }
  return { entries: (await queryAudit(clinicId, custom)).map(toRow) };
});

export default component$(() => {
  const activity = useActivity();
  const advanced = useAdvancedFilter();
  const rows = advanced.value?.entries ?? activity.value;
  return (
    <section>
      <h1>Activity</h1>
      <Form action={advanced}>
        <textarea name="filter" placeholder='{"action": "booking.cancelled"}' />
        <button>Filter</button>
      </Form>
      <table>
        {rows.map((r, i) => (
          <tr key={i}>
            <td>{r.at}</td>
            <td>{r.actor}</td>
            <td>{r.action}</td>
            <td>{r.target}</td>
          </tr>
        ))}
      </table>
    </section>
  );
});
