const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export default defineEventHandler((event) => {
  const name = String(getQuery(event).name ?? '');
  // ok: js/xss
  return `<h1>Hello ${escapeHtml(name)}</h1>`;
});
