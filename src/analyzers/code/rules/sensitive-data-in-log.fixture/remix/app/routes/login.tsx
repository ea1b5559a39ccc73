// Form data and search params are read with get(): the credential is known by the variable it is kept in.
import type { ActionFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';

declare function verifyLogin(email: string, password: string): Promise<{ id: string } | null>;

export const action = async ({ request }: ActionFunctionArgs) => {
  const formData = await request.formData();
  const email = String(formData.get('email'));
  const password = String(formData.get('password'));
  const user = await verifyLogin(email, password);
  if (!user) {
    // ruleid: js/sensitive-data-in-log
    console.warn('login failed', { email, password });
    // ok: js/sensitive-data-in-log
    console.warn('login failed for', email, 'password length', password.length);
    return json({ error: 'Invalid email or password' }, { status: 400 });
  }
  const newPassword = formData.get('newPassword');
  // ruleid: js/sensitive-data-in-log
  console.info(`password change requested: ${newPassword}`);
  const nickname = formData.get('nickname');
  // ok: js/sensitive-data-in-log
  console.info('nickname set', nickname);
  return json({ ok: true });
};
