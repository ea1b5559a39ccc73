import { component$, useSignal } from '@builder.io/qwik';
import { Form, routeAction$, routeLoader$, server$, z, zod$ } from '@builder.io/qwik-city';
import type { SessionUser } from '~/lib/server/auth-service';
import { updateContact } from '~/lib/server/booking-service';
import { repos } from '~/lib/server/db';
import { deepMerge } from '~/lib/server/merge';

export const useAccount = routeLoader$(async ({ sharedMap, redirect }) => {
  const user = sharedMap.get('user') as SessionUser | undefined;
  if (!user) throw redirect(302, '/login?next=/account');
  const prefs = JSON.parse(await repos.users.preferences(user.id)) as Record<string, unknown>;
  return { user, prefs };
});

export const useUpdateContact = routeAction$(
  async (data, { sharedMap, fail }) => {
    const user = sharedMap.get('user') as SessionUser | undefined;
    if (!user) return fail(401, { message: 'Please sign in' });
    try {
      await updateContact(user, data.fullName, data.phone);
    } catch (e) {
      return fail(400, { message: (e as Error).message });
    }
    return { saved: true };
  },
  zod$({ fullName: z.string(), phone: z.string() }),
);

// Called from the preferences panel with the edited JSON ("advanced" tab).
export const savePreferences = server$(async function (raw: string) {
  const user = this.sharedMap.get('user') as SessionUser | undefined;
  if (!user) throw this.error(401, 'Please sign in');
  const current = JSON.parse(await repos.users.preferences(user.id)) as Record<string, unknown>;
  const merged = deepMerge(current, JSON.parse(raw));
  await repos.users.savePreferences(user.id, JSON.stringify(merged));
  return merged;
});

export const setLanguage = server$(async function (lang: string) {
  const value = ['en', 'de', 'fr', 'es', 'pl'].includes(lang) ? lang : 'en';
  this.cookie.set('slotly_lang', value, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: [365, 'days'] });
  return value;
});

export default component$(() => {
  const account = useAccount();
  const contact = useUpdateContact();
  const prefs = useSignal(JSON.stringify(account.value.prefs, null, 2));
  return (
    <section>
      <h1>Account</h1>
      <Form action={contact}>
        <input name="fullName" value={account.value.user.name} />
        <input name="phone" type="tel" />
        {contact.value?.failed && <p class="error">{contact.value.message}</p>}
        <button>Save</button>
      </Form>
      <textarea bind:value={prefs} rows={8} />
      <button onClick$={async () => (prefs.value = JSON.stringify(await savePreferences(prefs.value), null, 2))}>Save preferences</button>
      <select onChange$={(_, el) => setLanguage(el.value)}>
        <option value="en">English</option>
        <option value="de">Deutsch</option>
      </select>
    </section>
  );
});
