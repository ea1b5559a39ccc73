import { fail, redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { createSession, hashPassword, SESSION_COOKIE, SESSION_DAYS } from '$lib/server/auth';
import { createUser, findUserByName } from '$lib/server/users';
import { registerLimiter } from '$lib/server/rate-limit';
import { safeRedirectPath } from '$lib/utils/redirect';

const USERNAME = /^[A-Za-z0-9_]{3,24}$/;

export const actions: Actions = {
  default: async ({ request, cookies, url, getClientAddress }) => {
    if (!registerLimiter.take(getClientAddress())) {
      return fail(429, { message: 'Too many sign-ups from this address.' });
    }
    const data = await request.formData();
    const username = String(data.get('username') ?? '');
    const email = String(data.get('email') ?? '').trim().toLowerCase();
    const password = String(data.get('password') ?? '');

    if (!USERNAME.test(username)) return fail(400, { message: 'Usernames are 3–24 letters, digits or _.' });
    if (!email.includes('@') || email.length > 254) return fail(400, { message: 'Enter a valid email.' });
    if (password.length < 10) return fail(400, { message: 'Passwords need at least 10 characters.' });
    if (findUserByName(username)) return fail(409, { message: 'That username is taken.' });

    const id = createUser(username, email, hashPassword(password));
    // safe: CWE-1004
    cookies.set(SESSION_COOKIE, createSession(id), { path: '/', httpOnly: true, secure: true, sameSite: 'lax', maxAge: SESSION_DAYS * 86_400 });

    // safe: CWE-601
    redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')));
  }
};
