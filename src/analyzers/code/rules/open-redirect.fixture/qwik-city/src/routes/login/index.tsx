import { component$ } from '@builder.io/qwik';
import { Form, routeAction$, z, zod$ } from '@builder.io/qwik-city';

// `throw redirect(status, url)` of an action's request event sends the browser there.
export const useLogin = routeAction$(
  async (data, { redirect, query }) => {
    if (data.email === 'demo') {
      // ok: js/open-redirect
      throw redirect(302, '/welcome');
    }
    const next = query.get('next') ?? data.next ?? '/bookings';
    // ruleid: js/open-redirect
    throw redirect(302, next);
  },
  zod$({ email: z.string(), next: z.string().optional() }),
);

export default component$(() => {
  const login = useLogin();
  return <Form action={login}><button>Sign in</button></Form>;
});
