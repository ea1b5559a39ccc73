// Remix route module: the exported action takes the login form (POST /auth/login).
import type { ActionFunctionArgs } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';

declare function verifyLogin(email: string, password: string): Promise<{ id: string } | null>;

// ruleid: js/missing-rate-limit
export const action = async ({ request }: ActionFunctionArgs) => {
  const form = await request.formData();
  const user = await verifyLogin(String(form.get('email')), String(form.get('password')));
  if (!user) return json({ error: 'Invalid email or password' }, { status: 400 });
  return redirect('/');
};

export default function Login() {
  return null;
}
