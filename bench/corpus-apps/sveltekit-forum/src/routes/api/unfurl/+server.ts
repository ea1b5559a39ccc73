import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

type Preview = { url: string; title: string | null; description: string | null; contentType: string | null };

function textBetween(html: string, open: string, close: string): string | null {
  const start = html.toLowerCase().indexOf(open);
  if (start === -1) return null;
  const end = html.toLowerCase().indexOf(close, start + open.length);
  if (end === -1) return null;
  return html.slice(start + open.length, end).trim().slice(0, 300) || null;
}

// Link previews for the post composer: the client posts the first URL it finds in the draft.
export const POST: RequestHandler = async ({ request, locals }) => {
  if (!locals.user) error(401, 'Sign in first');
  const { url } = (await request.json()) as { url?: unknown };
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) error(400, 'Expected an http(s) URL');

  // vuln: CWE-918
  const res = await fetch(url, { headers: { 'User-Agent': 'ForumPreviewBot/1.2' }, signal: AbortSignal.timeout(5000) });
  const contentType = res.headers.get('content-type');
  const html = contentType?.includes('text/html') ? (await res.text()).slice(0, 200_000) : '';
  const preview: Preview = {
    url: res.url,
    title: textBetween(html, '<title>', '</title>'),
    description: textBetween(html, '<meta name="description" content="', '"'),
    contentType
  };
  return json(preview);
};
