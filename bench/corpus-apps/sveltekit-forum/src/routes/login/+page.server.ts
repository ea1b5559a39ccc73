import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createSession, SESSION_COOKIE, SESSION_DAYS, verifyPassword } from '$lib/server/auth';
import { findUserByName } from '$lib/server/users';
import { loginLimiter } from '$lib/server/rate-limit';

export const load: PageServerLoad = ({ locals }) => {
  if (locals.user) redirect(303, '/');
};

export const actions: Actions = {
  // safe: CWE-307
  default: async ({ request, cookies, url, getClientAddress }) => {
    if (!loginLimiter.take(getClientAddress())) {
      return fail(429, { username: '', message: 'Too many attempts, try again in a few minutes.' });
    }

    const data = await request.formData();
    const username = String(data.get('username') ?? '').trim();
    const password = String(data.get('password') ?? '');

    const user = username ? findUserByName(username) : undefined;
    if (!user || !verifyPassword(password, user.password_hash)) {
      return fail(400, { username, message: 'Invalid username or password.' });
    }

    const token = createSession(user.id);
    cookies.set(SESSION_COOKIE, token, {
      path: '/',
      // the chat widget reads the session token to open its websocket
      // vuln: CWE-1004
      httpOnly: false,
      secure: true,
      sameSite: 'lax',
      maxAge: SESSION_DAYS * 86_400
    });

    // vuln: CWE-601
    redirect(303, url.searchParams.get('redirectTo') ?? '/');
  }
};
