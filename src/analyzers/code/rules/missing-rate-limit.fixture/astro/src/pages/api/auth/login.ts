// Astro endpoint: each method is a named export of the file under src/pages.
import type { APIRoute } from 'astro';

export const prerender = false;

// ruleid: js/missing-rate-limit
export const POST: APIRoute = async ({ request, cookies, redirect }) => {
  const form = await request.formData();
  const token = await signIn(String(form.get('email')), String(form.get('password')));
  if (!token) return new Response('invalid', { status: 401 });
  cookies.set('session', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  return redirect('/', 303);
};

declare function signIn(email: string, password: string): Promise<string | null>;
