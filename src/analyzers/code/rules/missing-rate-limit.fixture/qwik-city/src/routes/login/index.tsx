// Qwik City: each exported routeAction$ of a page takes a form post; the sign-in one checks a password.
import { routeAction$, z, zod$ } from '@builder.io/qwik-city';

declare function authenticate(email: string, password: string): Promise<{ id: number } | null>;
declare function register(email: string, password: string): Promise<void>;

// ruleid: js/missing-rate-limit
export const useLogin = routeAction$(
  async (data, { fail, redirect }) => {
    const user = await authenticate(data.email, data.password);
    if (!user) return fail(401, { message: 'Wrong e-mail or password' });
    throw redirect(302, '/');
  },
  zod$({ email: z.string(), password: z.string() }),
);

// Sign-up on the same page is abused in bulk, not guessed.
// ok: js/missing-rate-limit
export const useRegister = routeAction$(
  async (data) => {
    await register(data.email, data.password);
    return { ok: true };
  },
  zod$({ email: z.string().email(), password: z.string().min(10) }),
);
