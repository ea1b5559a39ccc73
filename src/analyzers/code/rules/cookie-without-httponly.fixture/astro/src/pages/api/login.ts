import type { APIRoute } from 'astro';

export const POST: APIRoute = async ({ request, cookies }) => {
  const form = await request.formData();
  const token = await startSession(String(form.get('email')), String(form.get('password')));
  // ruleid: js/cookie-without-httponly
  cookies.set('session', token, { path: '/', secure: true });
  // ok: js/cookie-without-httponly
  cookies.set('sid', token, { path: '/', httpOnly: true, secure: true, sameSite: 'strict' });
  return new Response(null, { status: 204 });
};

declare function startSession(email: string, password: string): Promise<string>;
