import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useSearchParams } from '@remix-run/react';
import { verifyLogin } from '~/models/user.server';
import { createUserSession, getUserId } from '~/session.server';
import { safeRedirect, validateEmail } from '~/utils';

export const meta: MetaFunction = () => [{ title: 'Login' }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const userId = await getUserId(request);
  if (userId) return redirect('/notes');
  return json({});
};

// vuln: CWE-307
export const action = async ({ request }: ActionFunctionArgs) => {
  const formData = await request.formData();
  const email = formData.get('email');
  const password = formData.get('password');
  // safe: CWE-601
  const redirectTo = safeRedirect(formData.get('redirectTo'), '/notes');
  const remember = formData.get('remember');

  if (!validateEmail(email)) {
    return json({ errors: { email: 'Email is invalid', password: null } }, { status: 400 });
  }
  if (typeof password !== 'string' || password.length === 0) {
    return json({ errors: { email: null, password: 'Password is required' } }, { status: 400 });
  }

  const user = await verifyLogin(email, password);
  if (!user) {
    // vuln: CWE-532
    console.warn('login failed', { email, password, ip: request.headers.get('x-forwarded-for') });
    return json({ errors: { email: 'Invalid email or password', password: null } }, { status: 400 });
  }

  return createUserSession({ request, userId: user.id, remember: remember === 'on', redirectTo });
};

export default function LoginPage() {
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get('redirectTo') || '/notes';
  const actionData = useActionData<typeof action>();

  return (
    <main className="auth">
      <Form method="post">
        <label>
          Email
          <input name="email" type="email" autoComplete="email" required />
        </label>
        {actionData?.errors?.email ? <p className="error">{actionData.errors.email}</p> : null}
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {actionData?.errors?.password ? <p className="error">{actionData.errors.password}</p> : null}
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <label>
          <input name="remember" type="checkbox" /> Remember me
        </label>
        <button type="submit">Log in</button>
        <p>
          No account? <Link to={{ pathname: '/join', search: searchParams.toString() }}>Sign up</Link>
        </p>
      </Form>
    </main>
  );
}
