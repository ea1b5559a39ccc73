import type { RequestHandler } from '@builder.io/qwik-city';
import { readSession } from '~/lib/server/auth-service';
import { SESSION_COOKIE, STAFF_COOKIE } from '~/lib/server/config';

export const onRequest: RequestHandler = async ({ cookie, env, sharedMap, next }) => {
  const token = cookie.get(STAFF_COOKIE)?.value ?? cookie.get(SESSION_COOKIE)?.value;
  if (token) {
    const user = await readSession(token, env);
    if (user) sharedMap.set('user', user);
  }
  await next();
};
