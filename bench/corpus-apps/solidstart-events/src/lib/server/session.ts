import { useSession } from 'vinxi/http';
import type { H3Event } from 'vinxi/http';
import { env } from '~/lib/env';

export type AttendeeSession = { userId?: number; email?: string };
export type OrganiserSession = { organiserId?: number; name?: string };

export function attendeeSession() {
  return useSession<AttendeeSession>({
    password: env.SESSION_PASSWORD,
    name: 'tixly_session',
    maxAge: 60 * 60 * 24 * 14,
    cookie: {
      // vuln: CWE-1004
      httpOnly: false,
      secure: true,
      sameSite: 'lax',
      path: '/',
    },
  });
}

export function organiserSession(event?: H3Event) {
  const config = {
    password: env.ORGANISER_SESSION_PASSWORD,
    name: 'tixly_org',
    maxAge: 60 * 60 * 8,
    cookie: {
      // safe: CWE-1004
      httpOnly: true,
      secure: true,
      sameSite: 'strict' as const,
      path: '/',
    },
  };
  return event ? useSession<OrganiserSession>(event, config) : useSession<OrganiserSession>(config);
}
