import type { APIRoute } from 'astro';
import { login } from '../../../services/authService';
import { signSession, setSessionCookie, setRememberCookie } from '../../../lib/session';
import { jsonError } from '../../../lib/errors';

export const prerender = false;

// vuln: CWE-307
export const POST: APIRoute = async ({ request, url, cookies, locals, redirect }) => {
  const form = await request.formData();
  const email = String(form.get('email') ?? '');
  const password = String(form.get('password') ?? '');
  const user = await login(locals.em, email, password);
  if (!user) {
    return jsonError(401, 'invalid email or password');
  }
  setSessionCookie(cookies, signSession(user));
  if (form.get('remember') === 'on') {
    setRememberCookie(cookies, signSession(user, '30d'));
  }
  const next = url.searchParams.get('next') ?? '/';
  // vuln: CWE-601
  return redirect(next, 303);
};
