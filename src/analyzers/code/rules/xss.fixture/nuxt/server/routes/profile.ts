import { defineEventHandler, getQuery } from 'h3';

export default defineEventHandler((event) => {
  const { name } = getQuery(event);
  // ok: js/xss
  return { greeting: `Hello ${name}` };
});
