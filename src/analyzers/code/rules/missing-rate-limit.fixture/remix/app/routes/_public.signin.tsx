// A login action that consults a limiter before checking the password.
import type { ActionFunctionArgs } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { RateLimiterMemory } from 'rate-limiter-flexible';

const signinLimiter = new RateLimiterMemory({ points: 5, duration: 900 });
declare function verifyLogin(email: string, password: string): Promise<{ id: string } | null>;

// ok: js/missing-rate-limit
export async function action({ request }: ActionFunctionArgs) {
  await signinLimiter.consume(request.headers.get('x-forwarded-for') ?? 'unknown');
  const form = await request.formData();
  const user = await verifyLogin(String(form.get('email')), String(form.get('password')));
  return user ? redirect('/') : json({ error: 'Invalid email or password' }, { status: 400 });
}
