import type { RequestHandler } from '@builder.io/qwik-city';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// Qwik City's `html(status, markup)` answers with the markup as a page.
export const onGet: RequestHandler = async ({ query, html }) => {
  const heading = query.get('heading') ?? 'Book now';
  if (query.has('safe')) {
    // ok: js/xss
    html(200, `<h2>${escapeHtml(heading)}</h2>`);
    return;
  }
  // ruleid: js/xss
  html(200, `<h2>${heading}</h2>`);
};
