import type { ActionFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, useActionData, useSearchParams } from '@remix-run/react';
import { createUser, getUserByEmail } from '~/models/user.server';
import { createUserSession } from '~/session.server';
import { safeRedirect, validateEmail } from '~/utils';

export const meta: MetaFunction = () => [{ title: 'Sign up' }];

export const action = async ({ request }: ActionFunctionArgs) => {
  const formData = await request.formData();
  const email = formData.get('email');
  const password = formData.get('password');
  // safe: CWE-601
  const redirectTo = safeRedirect(formData.get('redirectTo'), '/notes');

  if (!validateEmail(email)) {
    return json({ errors: { email: 'Email is invalid', password: null } }, { status: 400 });
  }
  if (typeof password !== 'string' || password.length < 10) {
    return json({ errors: { email: null, password: 'Use at least 10 characters' } }, { status: 400 });
  }
  if (await getUserByEmail(email)) {
    return json({ errors: { email: 'A user already exists with this email', password: null } }, { status: 400 });
  }

  const user = await createUser(email, password);
  return createUserSession({ request, userId: user.id, remember: false, redirectTo });
};

export default function Join() {
  const [searchParams] = useSearchParams();
  const actionData = useActionData<typeof action>();
  return (
    <main className="auth">
      <Form method="post">
        <label>
          Email <input name="email" type="email" required />
        </label>
        {actionData?.errors?.email ? <p className="error">{actionData.errors.email}</p> : null}
        <label>
          Password <input name="password" type="password" minLength={10} required />
        </label>
        {actionData?.errors?.password ? <p className="error">{actionData.errors.password}</p> : null}
        <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? '/notes'} />
        <button type="submit">Create account</button>
      </Form>
    </main>
  );
}
