import type { NextApiRequest, NextApiResponse } from 'next';
import { apiRoute, HttpError, firstValue } from '@/lib/api';

function metaContent(html: string, property: string): string | undefined {
  for (const chunk of html.split('<meta').slice(1, 200)) {
    const end = chunk.indexOf('>');
    const attrs = end === -1 ? chunk.slice(0, 1000) : chunk.slice(0, end);
    if (!attrs.includes(`property="${property}"`) && !attrs.includes(`property='${property}'`)) continue;
    const match = /content=["']([^"']*)["']/.exec(attrs);
    if (match) return match[1];
  }
  return undefined;
}

/**
 * The editor shows a card (title, image) when an author pastes a link.
 * GET /api/link-preview?url=https://…
 */
export default apiRoute(['GET'], async (req: NextApiRequest, res: NextApiResponse) => {
  const url = firstValue(req.query.url);
  if (!url || !/^https?:\/\//i.test(url)) throw new HttpError(400, 'url must be http(s)');

  // vuln: CWE-918
  const response = await fetch(url, { headers: { 'user-agent': 'InkwellBot/1.0' }, redirect: 'follow' });
  const html = (await response.text()).slice(0, 200_000);

  res.setHeader('Cache-Control', 'private, max-age=600');
  return res.json({
    url: response.url,
    title: metaContent(html, 'og:title'),
    description: metaContent(html, 'og:description'),
    image: metaContent(html, 'og:image'),
  });
});

export async function gravatarExists(emailHash: string): Promise<boolean> {
  if (!/^[a-f0-9]{32}$/.test(emailHash)) return false;
  // safe: CWE-918
  const r = await fetch(`https://secure.gravatar.com/avatar/${emailHash}?d=404`, { method: 'HEAD' });
  return r.ok;
}
