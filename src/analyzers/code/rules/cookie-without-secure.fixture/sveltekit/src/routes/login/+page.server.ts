// SvelteKit: event.cookies.set is httpOnly and secure unless the options turn them off.
import { fail } from '@sveltejs/kit';
import type { Actions } from './$types';

declare function login(data: FormData): Promise<string | null>;

export const actions: Actions = {
  default: async ({ request, cookies }) => {
    const session = await login(await request.formData());
    if (!session) return fail(400, { message: 'Invalid credentials' });
    // ruleid: js/cookie-without-secure
    cookies.set('session', session, { path: '/', secure: false });
    // ok: js/cookie-without-secure
    cookies.set('session_id', session, { path: '/', sameSite: 'lax' });
    return { ok: true };
  },
};
