import { defineEventHandler, getQuery, sendRedirect } from 'h3';

export const login = defineEventHandler((event) => {
  const { next } = getQuery(event);
  // ruleid: js/open-redirect
  return sendRedirect(event, String(next), 302);
});

export const home = defineEventHandler((event) => {
  // ok: js/open-redirect
  return sendRedirect(event, '/dashboard', 302);
});
