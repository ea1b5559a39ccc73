import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { invalidateSession, SESSION_COOKIE } from '$lib/server/auth';

export const POST: RequestHandler = ({ cookies }) => {
  const token = cookies.get(SESSION_COOKIE);
  if (token) invalidateSession(token);
  cookies.delete(SESSION_COOKIE, { path: '/' });
  redirect(303, '/');
};
