// An action that counts attempts and answers 429 itself.
import { routeAction$, z, zod$ } from '@builder.io/qwik-city';

declare function authenticate(email: string, password: string): Promise<{ id: number } | null>;
const attempts = new Map<string, number>();

// ok: js/missing-rate-limit
export const useStaffSignIn = routeAction$(
  async (data, { fail, clientConn }) => {
    const n = (attempts.get(clientConn.ip ?? '') ?? 0) + 1;
    attempts.set(clientConn.ip ?? '', n);
    if (n > 10) return fail(429, { message: 'Too many attempts' });
    const user = await authenticate(data.email, data.password);
    if (!user) return fail(401, { message: 'Wrong e-mail or password' });
    return { ok: true };
  },
  zod$({ email: z.string(), password: z.string() }),
);
