'use server';
// SolidStart server functions: the client posts to each one directly.
import { redirect } from '@solidjs/router';
import { getRequestEvent } from 'solid-js/web';

declare function checkPassword(email: string, password: string): Promise<{ id: number } | null>;
declare function hitRateLimit(key: string, max: number, windowMs: number): boolean;

// ruleid: js/missing-rate-limit
export async function loginAttendeeFn(formData: FormData) {
  const user = await checkPassword(String(formData.get('email')), String(formData.get('password')));
  if (!user) return new Error('Invalid e-mail or password');
  throw redirect('/');
}

// ok: js/missing-rate-limit
export async function loginOrganiserFn(formData: FormData) {
  const ip = getRequestEvent()?.clientAddress ?? 'unknown';
  if (!hitRateLimit(`login:${ip}`, 20, 15 * 60_000)) return new Error('Too many attempts');
  const user = await checkPassword(String(formData.get('email')), String(formData.get('password')));
  if (!user) return new Error('Invalid e-mail or password');
  throw redirect('/organiser');
}

// ok: js/missing-rate-limit
export async function logoutFn() {
  throw redirect('/');
}
