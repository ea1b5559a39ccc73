import { component$ } from '@builder.io/qwik';
import { Form, routeAction$, z, zod$ } from '@builder.io/qwik-city';
import { authenticate, issueSession, registerCustomer } from '~/lib/server/auth-service';
import { REMEMBER_COOKIE, SESSION_COOKIE } from '~/lib/server/config';

// vuln: CWE-307
export const useLogin = routeAction$(
  async (data, { cookie, env, redirect, fail, clientConn, query }) => {
    const user = await authenticate(data.email, data.password, clientConn.ip ?? 'unknown');
    if (!user) return fail(401, { message: 'Wrong e-mail or password' });

    const token = await issueSession(user, env);
    cookie.set(SESSION_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: [8, 'hours'] });
    if (data.remember) {
      const long = await issueSession(user, env, '30d');
      cookie.set(REMEMBER_COOKIE, long, {
        httpOnly: true,
        // vuln: CWE-614
        secure: false,
        sameSite: 'lax',
        path: '/',
        maxAge: [30, 'days'],
      });
    }
    const next = query.get('next') ?? data.next ?? '/bookings';
    // vuln: CWE-601
    throw redirect(302, next);
  },
  zod$({
    // e-mail address or the phone number used for walk-in bookings
    email: z.string().trim().min(3).max(200),
    password: z.string().min(1),
    remember: z.coerce.boolean().optional(),
    next: z.string().optional(),
  }),
);

export const useRegister = routeAction$(
  async (data, { fail, redirect }) => {
    try {
      await registerCustomer(data.email, data.fullName, data.password);
    } catch {
      return fail(409, { message: 'That e-mail is already registered' });
    }
    throw redirect(303, '/login?registered=1');
  },
  zod$({
    email: z.string().email().max(200),
    fullName: z.string().min(1).max(120),
    password: z.string().min(10).max(200),
  }),
);

export default component$(() => {
  const login = useLogin();
  const register = useRegister();
  return (
    <>
    <Form action={login}>
      <h1>Sign in</h1>
      <input name="email" type="email" autoComplete="email" />
      <input name="password" type="password" autoComplete="current-password" />
      <label>
        <input name="remember" type="checkbox" value="true" /> Keep me signed in
      </label>
      {login.value?.failed && <p class="error">{login.value.message}</p>}
      <button>Sign in</button>
    </Form>
    <Form action={register}>
      <h2>New to Slotly?</h2>
      <input name="fullName" autoComplete="name" />
      <input name="email" type="email" autoComplete="email" />
      <input name="password" type="password" autoComplete="new-password" />
      {register.value?.failed && <p class="error">{register.value.message}</p>}
      <button>Create account</button>
    </Form>
    </>
  );
});
