// h3 sends a returned string as text/html, an object as JSON.
export default defineEventHandler((event) => {
  const { name } = getQuery(event);
  // ruleid: js/xss
  return `<h1>Hello ${name}</h1>`;
});
