import type { NextApiRequest, NextApiResponse } from 'next';

const IMAGE_HOSTS = ['images.example-cdn.com', 'avatars.githubusercontent.com'];

export default async function ogImage(req: NextApiRequest, res: NextApiResponse) {
  const src = String(req.query.src);
  if (req.query.strict) {
    const url = new URL(src);
    if (url.protocol !== 'https:' || !IMAGE_HOSTS.includes(url.hostname)) return res.status(400).end();
    // safe: CWE-918
    const upstream = await fetch(url);
    res.setHeader('content-type', upstream.headers.get('content-type') ?? 'image/png');
    return res.send(Buffer.from(await upstream.arrayBuffer()));
  }
  if (!IMAGE_HOSTS.some((host) => src.indexOf(host) !== -1)) return res.status(400).end();
  // vuln: CWE-918
  const upstream = await fetch(src);
  res.setHeader('content-type', upstream.headers.get('content-type') ?? 'image/png');
  return res.send(Buffer.from(await upstream.arrayBuffer()));
}
