import { useMatches } from '@remix-run/react';
import { useMemo } from 'react';
import type { User } from '~/models/user.server';

const DEFAULT_REDIRECT = '/';

/**
 * Never redirect to an absolute or protocol-relative URL after sign-in; the value is resolved
 * with the URL parser so `//host`, `/\host` and embedded tabs are caught too.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, defaultRedirect: string = DEFAULT_REDIRECT) {
  if (!to || typeof to !== 'string' || !to.startsWith('/')) return defaultRedirect;
  const url = new URL(to, 'http://notes.local');
  if (url.origin !== 'http://notes.local') return defaultRedirect;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Only http(s) links are rendered as anchors. */
export function safeHref(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function useMatchesData(id: string): Record<string, unknown> | undefined {
  const matchingRoutes = useMatches();
  const route = useMemo(() => matchingRoutes.find((r) => r.id === id), [matchingRoutes, id]);
  return route?.data as Record<string, unknown> | undefined;
}

function isUser(user: unknown): user is User {
  return user != null && typeof user === 'object' && 'email' in user && typeof user.email === 'string';
}

export function useOptionalUser(): User | undefined {
  const data = useMatchesData('root');
  if (!data || !isUser(data.user)) return undefined;
  return data.user;
}

export function validateEmail(email: unknown): email is string {
  return typeof email === 'string' && email.length > 3 && email.length <= 254 && email.includes('@');
}
