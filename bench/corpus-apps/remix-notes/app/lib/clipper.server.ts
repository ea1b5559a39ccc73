export type Clipping = { title: string; text: string; finalUrl: string };

function textBetween(html: string, open: string, close: string): string | null {
  const lower = html.toLowerCase();
  const start = lower.indexOf(open);
  if (start === -1) return null;
  const end = lower.indexOf(close, start + open.length);
  return end === -1 ? null : html.slice(start + open.length, end).trim();
}

/** Drops tags with a single pass (no regex, pages can be large). */
function stripTags(html: string): string {
  let out = '';
  let inTag = false;
  for (const ch of html) {
    if (ch === '<') inTag = true;
    else if (ch === '>') inTag = false;
    else if (!inTag) out += ch;
  }
  return out.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
}

/** Fetches a web page and turns it into a plain-text note body. */
export async function clipPage(pageUrl: string): Promise<Clipping> {
  // vuln: CWE-918
  const res = await fetch(pageUrl, { headers: { Accept: 'text/html' }, redirect: 'follow' });
  if (!res.ok) {
    throw new Error(`Could not fetch page (${res.status})`);
  }
  const html = (await res.text()).slice(0, 1_000_000);
  const title = textBetween(html, '<title>', '</title>') ?? new URL(res.url).hostname;
  const body = textBetween(html, '<body', '</body>') ?? html;
  return { title: title.slice(0, 200), text: stripTags(body).slice(0, 50_000), finalUrl: res.url };
}

/** Favicon for a clipped page, through a fixed icon service. */
export async function fetchFavicon(pageUrl: string): Promise<ArrayBuffer | null> {
  const host = new URL(pageUrl).hostname;
  // safe: CWE-918
  const res = await fetch(`https://icons.duckduckgo.com/ip3/${encodeURIComponent(host)}.ico`);
  return res.ok ? res.arrayBuffer() : null;
}
