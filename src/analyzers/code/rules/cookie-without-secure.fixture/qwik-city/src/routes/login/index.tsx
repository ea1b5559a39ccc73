// Qwik City: the request event's cookie.set writes only the attributes it is given.
import { routeAction$, z, zod$ } from '@builder.io/qwik-city';

declare function login(email: string, password: string): Promise<string | null>;

export const useLogin = routeAction$(
  async (data, requestEvent) => {
    const token = await login(data.email, data.password);
    if (!token) return requestEvent.fail(401, { message: 'Invalid credentials' });
    requestEvent.cookie.set('remember_token', token, {
      httpOnly: true,
      // ruleid: js/cookie-without-secure
      secure: false,
      path: '/',
    });
    // ok: js/cookie-without-secure
    requestEvent.cookie.set('session', token, { path: '/', httpOnly: true, secure: true });
    return { ok: true };
  },
  zod$({ email: z.string().email(), password: z.string() }),
);
