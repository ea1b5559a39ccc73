import type { APIContext } from 'astro';

// ruleid: js/missing-rate-limit
export async function POST({ request }: APIContext): Promise<Response> {
  const form = await request.formData();
  const ok = await checkPassword(String(form.get('user')), String(form.get('password')));
  return new Response(null, { status: ok ? 204 : 401 });
}

declare function checkPassword(user: string, password: string): Promise<boolean>;
