// SvelteKit form actions: POST /login (the (auth) group is not part of the URL).
import { fail, redirect } from '@sveltejs/kit';
import type { Actions } from './$types';

declare function verifyLogin(username: string, password: string): Promise<{ id: string } | null>;

// ruleid: js/missing-rate-limit
export const actions: Actions = {
  default: async ({ request }) => {
    const data = await request.formData();
    const user = await verifyLogin(String(data.get('username')), String(data.get('password')));
    if (!user) return fail(400, { message: 'Invalid username or password' });
    redirect(303, '/');
  },
};
