// h3 / Vinxi sealed sessions: HttpOnly and Secure unless the `cookie` options turn them off.
import { useSession } from 'vinxi/http';
import type { H3Event } from 'vinxi/http';

export function attendeeSession() {
  return useSession<{ userId?: number }>({
    password: process.env.SESSION_SECRET!,
    cookie: {
      // ruleid: js/cookie-without-httponly
      httpOnly: false,
      secure: true,
    },
  });
}

export function organiserSession(event: H3Event) {
  // ok: js/cookie-without-httponly
  return useSession<{ organiserId?: number }>(event, { password: process.env.ORG_SECRET!, cookie: { sameSite: 'strict' } });
}

export function plainSession() {
  // ok: js/cookie-without-httponly
  return useSession({ password: process.env.SESSION_SECRET! });
}
