import type { APIRoute } from 'astro';
import { RateLimiterMemory } from 'rate-limiter-flexible';

const limiter = new RateLimiterMemory({ points: 5, duration: 900 });

// ok: js/missing-rate-limit
export const POST: APIRoute = async ({ request, clientAddress }) => {
  await limiter.consume(clientAddress);
  const form = await request.formData();
  await sendResetMail(String(form.get('email')));
  return new Response(null, { status: 204 });
};

declare function sendResetMail(email: string): Promise<void>;
