// Simple image proxy so the client can avoid CORS issues
export default async function handler(req, res) {
  const { url } = req.query;
  if (!url) {
    return res.status(400).json({ error: 'url is required' });
  }
  try {
    // ruleid: js/ssrf
    const upstream = await fetch(url);
    const buffer = Buffer.from(await upstream.arrayBuffer());
    res.setHeader('Content-Type', upstream.headers.get('content-type') || 'application/octet-stream');
    // ruleid: js/permissive-cors
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.status(200).send(buffer);
  } catch (e) {
    res.status(500).json({ error: 'Failed to fetch image' });
  }
}
