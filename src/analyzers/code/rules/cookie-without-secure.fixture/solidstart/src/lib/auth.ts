'use server';
// Vinxi's `setCookie([event,] name, value, options)`: the event may be left out in a server function.
import { getRequestEvent } from 'solid-js/web';
import { setCookie } from 'vinxi/http';

export async function rememberFn(token: string) {
  // ruleid: js/cookie-without-secure
  setCookie('app_remember', token, { httpOnly: true, secure: false, path: '/' });
  // ok: js/cookie-without-secure
  setCookie('remember_token', token, { httpOnly: true, secure: true, path: '/' });
  const event = getRequestEvent()!;
  // ok: js/cookie-without-secure
  setCookie(event.nativeEvent, 'session_hint', '1', { httpOnly: true, secure: true });
  // ruleid: js/cookie-without-secure
  setCookie(event.nativeEvent, 'auth_token', token, { httpOnly: true, sameSite: 'lax' });
  // ok: js/cookie-without-secure
  setCookie('theme', 'dark', { path: '/' });
}
