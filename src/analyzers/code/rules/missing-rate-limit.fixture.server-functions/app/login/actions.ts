// Next.js server actions declared inside the function.
import { redirect } from 'next/navigation';

declare function verify(email: string, password: string): Promise<boolean>;

// ruleid: js/missing-rate-limit
export const signInAction = async (form: FormData) => {
  'use server';
  if (!(await verify(String(form.get('email')), String(form.get('password'))))) return { error: 'Invalid' };
  redirect('/dashboard');
};

// ok: js/missing-rate-limit
export const saveProfileAction = async (form: FormData) => {
  'use server';
  return { name: String(form.get('name')) };
};

// ok: js/missing-rate-limit
export async function loginHelp(email: string, password: string) {
  return verify(email, password);
}
