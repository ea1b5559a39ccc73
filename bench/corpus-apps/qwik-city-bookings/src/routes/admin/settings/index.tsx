import { component$, useSignal } from '@builder.io/qwik';
import { Form, routeAction$, routeLoader$, server$, z, zod$ } from '@builder.io/qwik-city';
import { inviteStaff, type SessionUser } from '~/lib/server/auth-service';
import { updateClinicProfile } from '~/lib/server/clinic-service';
import { repos } from '~/lib/server/db';
import { recordAudit } from '~/lib/server/repositories/audit-repository';
import { isAllowedWebhook, sendTestEvent } from '~/lib/server/webhook-service';
import { HEX_COLOUR } from '~/lib/validators';

export const useClinicSettings = routeLoader$(async ({ sharedMap, error }) => {
  const clinic = await repos.clinics.findById(sharedMap.get('staffClinicId') as number);
  if (!clinic) throw error(404, 'No clinic');
  return clinic;
});

export const useSaveProfile = routeAction$(
  async (data, { sharedMap }) => {
    const user = sharedMap.get('user') as SessionUser;
    const clinicId = sharedMap.get('staffClinicId') as number;
    await updateClinicProfile(clinicId, data);
    await recordAudit({ clinicId, actor: user.email, action: 'settings.updated' });
    return { saved: true };
  },
  zod$({
    name: z.string().min(1).max(120),
    city: z.string().min(1).max(80),
    descriptionHtml: z.string().max(20_000),
    website: z.string().url().startsWith('https://').or(z.literal('')),
    accentColour: z.string().regex(HEX_COLOUR),
  }),
);

export const useSaveWebhook = routeAction$(
  async (data, { sharedMap, fail }) => {
    const clinicId = sharedMap.get('staffClinicId') as number;
    if (data.url && !isAllowedWebhook(data.url)) return fail(400, { message: 'Use a Zapier, Make or Slack webhook URL' });
    await repos.clinics.setWebhook(clinicId, data.url || null);
    return { saved: true };
  },
  zod$({ url: z.string().max(500) }),
);

export const useInviteStaff = routeAction$(
  async (data, { sharedMap, fail }) => {
    const user = sharedMap.get('user') as SessionUser;
    if (user.role !== 'owner') return fail(403, { message: 'Only the owner can invite staff' });
    await inviteStaff(data.email, data.fullName, data.password);
    return { invited: true };
  },
  zod$({ email: z.string().email(), fullName: z.string().min(1).max(120), password: z.string().min(12).max(200) }),
);

export const testWebhook = server$(async function (url: string) {
  const user = this.sharedMap.get('user') as SessionUser | undefined;
  if (!user || user.role === 'customer') throw this.error(403, 'Forbidden');
  return sendTestEvent(url, String(this.sharedMap.get('tenantSlug') ?? 'test'));
});

export default component$(() => {
  const clinic = useClinicSettings();
  const profile = useSaveProfile();
  const webhook = useSaveWebhook();
  const hookUrl = useSignal(clinic.value.webhookUrl ?? '');
  const testResult = useSignal('');
  return (
    <section>
      <h1>Clinic settings</h1>
      <Form action={profile}>
        <input name="name" value={clinic.value.name} />
        <input name="city" value={clinic.value.city} />
        <textarea name="descriptionHtml" rows={10} value={clinic.value.descriptionHtml} />
        <input name="website" value={clinic.value.website} />
        <input name="accentColour" type="color" value={clinic.value.accentColour} />
        <button>Save profile</button>
      </Form>
      <Form action={webhook}>
        <input name="url" bind:value={hookUrl} />
        {webhook.value?.failed && <p class="error">{webhook.value.message}</p>}
        <button>Save webhook</button>
      </Form>
      <button
        onClick$={async () => {
          const res = await testWebhook(hookUrl.value);
          testResult.value = `${res.status}: ${res.body}`;
        }}
      >
        Send test event
      </button>
      <pre>{testResult.value}</pre>
    </section>
  );
});
