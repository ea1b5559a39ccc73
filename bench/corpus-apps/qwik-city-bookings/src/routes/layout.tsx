import { component$, Slot } from '@builder.io/qwik';
import { Link, routeLoader$, type RequestHandler } from '@builder.io/qwik-city';
import type { SessionUser } from '~/lib/server/auth-service';

export const onRequest: RequestHandler = async ({ headers, next }) => {
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('X-Frame-Options', 'DENY');
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  headers.set(
    'Content-Security-Policy',
    // Qwik's loader and state are inlined into the page.
    "default-src 'self'; script-src 'self' 'unsafe-inline'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
  );
  await next();
};

export const onGet: RequestHandler = async ({ cacheControl }) => {
  cacheControl({ noCache: true, private: true });
};

export const useCurrentUser = routeLoader$(({ sharedMap }) => {
  return (sharedMap.get('user') as SessionUser | undefined) ?? null;
});

export default component$(() => {
  const user = useCurrentUser();
  return (
    <>
      <header class="top">
        <Link href="/">Slotly</Link>
        <nav>
          <Link href="/search">Reviews</Link>
          {user.value ? (
            <>
              <Link href="/bookings">My bookings</Link>
              <Link href="/account">{user.value.name}</Link>
              {user.value.role !== 'customer' && <Link href="/admin">Clinic admin</Link>}
            </>
          ) : (
            <Link href="/login">Sign in</Link>
          )}
        </nav>
      </header>
      <main>
        <Slot />
      </main>
    </>
  );
});
