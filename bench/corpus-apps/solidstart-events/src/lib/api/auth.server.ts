'use server';

import { redirect } from '@solidjs/router';
import { getRequestEvent } from 'solid-js/web';
import { setCookie } from 'vinxi/http';
import {
  hitRateLimit,
  loginAttendee,
  loginOrganiser,
  newRememberToken,
  registerAttendee,
  resetRateLimit,
} from '~/lib/server/auth-service';
import { attendeeSession, organiserSession } from '~/lib/server/session';
import { isOrganiserEmail, safeReturnPath } from '~/lib/server/validators';

function clientIp(): string {
  const event = getRequestEvent();
  return event?.clientAddress ?? 'unknown';
}

export async function getCurrentUser() {
  const session = await attendeeSession();
  if (!session.data.userId) return null;
  return { id: session.data.userId, email: session.data.email };
}

// vuln: CWE-307
export async function loginAttendeeFn(formData: FormData) {
  const email = String(formData.get('email') ?? '').trim();
  const password = String(formData.get('password') ?? '');
  const returnTo = String(formData.get('returnTo') ?? '/');
  const user = await loginAttendee(email, password, clientIp());
  if (!user) return new Error('Invalid e-mail or password');

  const session = await attendeeSession();
  await session.update({ userId: user.id, email: user.email });
  if (formData.get('remember') === 'on') {
    setCookie('tixly_remember', newRememberToken(), {
      httpOnly: true,
      // vuln: CWE-614
      secure: false,
      sameSite: 'lax',
      path: '/',
      maxAge: 60 * 60 * 24 * 60,
    });
  }
  // vuln: CWE-601
  throw redirect(returnTo);
}

export async function registerAttendeeFn(formData: FormData) {
  const email = String(formData.get('email') ?? '').trim();
  const name = String(formData.get('name') ?? '').trim().slice(0, 120);
  const password = String(formData.get('password') ?? '');
  if (password.length < 10) return new Error('Passwords need at least 10 characters');
  const id = await registerAttendee(email, name, password);
  const session = await attendeeSession();
  await session.update({ userId: id, email });
  throw redirect('/');
}

export async function loginOrganiserFn(formData: FormData) {
  const email = String(formData.get('email') ?? '').trim().toLowerCase();
  const password = String(formData.get('password') ?? '');
  if (!isOrganiserEmail(email)) return new Error('Invalid e-mail or password');
  const ip = clientIp();
  if (!hitRateLimit(`org-login:ip:${ip}`, 20, 15 * 60_000) || !hitRateLimit(`org-login:acct:${email}`, 5, 15 * 60_000)) {
    return new Error('Too many attempts, try again in 15 minutes');
  }
  const organiser = await loginOrganiser(email, password);
  if (!organiser) return new Error('Invalid e-mail or password');
  resetRateLimit(`org-login:acct:${email}`);

  const session = await organiserSession();
  await session.update({ organiserId: organiser.id, name: organiser.name });
  const event = getRequestEvent()!;
  setCookie(event.nativeEvent, 'tixly_org_hint', '1', {
    httpOnly: true,
    // safe: CWE-614
    secure: true,
    sameSite: 'strict',
    path: '/organiser',
  });
  // safe: CWE-601
  throw redirect(safeReturnPath(formData.get('returnTo'), '/organiser'));
}

export async function logoutFn() {
  const session = await attendeeSession();
  await session.clear();
  throw redirect('/');
}
