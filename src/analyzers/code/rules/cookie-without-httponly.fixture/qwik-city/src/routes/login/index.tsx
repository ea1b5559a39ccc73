// Qwik City: the request event's cookie.set writes only the attributes it is given.
import { routeAction$, z, zod$ } from '@builder.io/qwik-city';

declare function login(email: string, password: string): Promise<string | null>;

const STAFF_SESSION = 'staff_session';

export const useLogin = routeAction$(
  async (data, { cookie, fail }) => {
    const token = await login(data.email, data.password);
    if (!token) return fail(401, { message: 'Invalid credentials' });
    cookie.set(STAFF_SESSION, token, {
      path: '/',
      // ruleid: js/cookie-without-httponly
      httpOnly: false,
      secure: true,
    });
    // ok: js/cookie-without-httponly
    cookie.set('session', token, { path: '/', httpOnly: true, secure: true });
    // ok: js/cookie-without-httponly
    cookie.set('lang', 'en', { path: '/', httpOnly: false });
    return { ok: true };
  },
  zod$({ email: z.string().email(), password: z.string() }),
);
