import { component$, Slot } from '@builder.io/qwik';
import { Link, type RequestHandler } from '@builder.io/qwik-city';
import type { SessionUser } from '~/lib/server/auth-service';

export const onRequest: RequestHandler = async ({ sharedMap, redirect, url, next }) => {
  const user = sharedMap.get('user') as SessionUser | undefined;
  if (!user || user.role === 'customer' || user.clinicId == null) {
    throw redirect(302, `/staff/login?next=${encodeURIComponent(url.pathname)}`);
  }
  sharedMap.set('staffClinicId', user.clinicId);
  await next();
};

export default component$(() => {
  return (
    <div class="admin">
      <nav>
        <Link href="/admin/bookings">Dashboard</Link>
        <Link href="/admin/bookings">Bookings</Link>
        <Link href="/admin/audit">Activity</Link>
        <Link href="/admin/settings">Settings</Link>
      </nav>
      <Slot />
    </div>
  );
});
