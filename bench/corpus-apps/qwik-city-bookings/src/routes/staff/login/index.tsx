import { component$ } from '@builder.io/qwik';
import { Form, routeAction$, z, zod$ } from '@builder.io/qwik-city';
import { authenticate, issueSession } from '~/lib/server/auth-service';
import { STAFF_COOKIE } from '~/lib/server/config';
import { safeReturnPath } from '~/lib/validators';

// Fixed-window counters kept in process memory (one node per region).
const attempts = new Map<string, { count: number; resetAt: number }>();

function hit(key: string, limit: number, windowMs: number): boolean {
  const now = Date.now();
  const current = attempts.get(key);
  if (!current || current.resetAt <= now) {
    attempts.set(key, { count: 1, resetAt: now + windowMs });
    return true;
  }
  current.count += 1;
  return current.count <= limit;
}

// safe: CWE-307
export const useStaffLogin = routeAction$(
  async (data, { cookie, env, redirect, fail, clientConn, query }) => {
    const ip = clientConn.ip ?? 'unknown';
    if (!hit(`staff-login:${ip}`, 10, 15 * 60 * 1000) || !hit(`staff-login:${data.email}`, 5, 15 * 60 * 1000)) {
      return fail(429, { message: 'Too many attempts, wait 15 minutes' });
    }
    const user = await authenticate(data.email, data.password, ip);
    if (!user || user.role === 'customer') return fail(401, { message: 'Wrong e-mail or password' });

    const token = await issueSession(user, env, '12h');
    // The schedule board reads the token to open its live-updates socket.
    cookie.set(STAFF_COOKIE, token, {
      // vuln: CWE-1004
      httpOnly: false,
      secure: true,
      sameSite: 'strict',
      path: '/',
      maxAge: [12, 'hours'],
    });
    // safe: CWE-601
    throw redirect(302, safeReturnPath(query.get('next'), '/admin/bookings'));
  },
  zod$({ email: z.string().email(), password: z.string().min(1) }),
);

export default component$(() => {
  const login = useStaffLogin();
  return (
    <Form action={login}>
      <h1>Clinic staff sign-in</h1>
      <input name="email" type="email" />
      <input name="password" type="password" />
      {login.value?.failed && <p class="error">{login.value.message}</p>}
      <button>Sign in</button>
    </Form>
  );
});
