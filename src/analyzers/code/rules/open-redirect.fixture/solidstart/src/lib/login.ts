'use server';
// A file of SolidStart server functions: their arguments are what the client sent.
import { redirect } from '@solidjs/router';

const LOCAL = /^\/(?![/\\])[\w\-/]*$/;

export async function loginFn(formData: FormData) {
  const returnTo = String(formData.get('returnTo') ?? '/');
  // ruleid: js/open-redirect
  throw redirect(returnTo);
}

export async function logoutFn(formData: FormData) {
  const back = String(formData.get('back') ?? '/');
  // ok: js/open-redirect
  throw redirect(LOCAL.test(back) ? back : '/');
}
