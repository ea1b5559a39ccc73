// SvelteKit: event.cookies.set is httpOnly and secure unless the options turn them off.
import { fail } from '@sveltejs/kit';
import type { Actions } from './$types';

declare function login(data: FormData): Promise<string | null>;

export const actions: Actions = {
  default: async ({ request, cookies }) => {
    const session = await login(await request.formData());
    if (!session) return fail(400, { message: 'Invalid credentials' });
    cookies.set('session', session, {
      path: '/',
      // ruleid: js/cookie-without-httponly
      httpOnly: false,
      sameSite: 'lax',
    });
    // ok: js/cookie-without-httponly
    cookies.set('session_id', session, { path: '/', sameSite: 'lax' });
    return { ok: true };
  },
  remember: async (event) => {
    const token = await login(await event.request.formData());
    if (!token) return fail(400, { message: 'Invalid credentials' });
    // ruleid: js/cookie-without-httponly
    event.cookies.set('remember_token', token, { path: '/', httpOnly: false });
    // ok: js/cookie-without-httponly
    event.cookies.set('theme', 'dark', { path: '/', httpOnly: false });
    return { ok: true };
  },
};
