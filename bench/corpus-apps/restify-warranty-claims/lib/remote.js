'use strict';

const MAX_BYTES = 8 * 1024 * 1024;

// Downloads a photo the customer already uploaded somewhere else (Google Photos link, dealer CDN, ...).
async function downloadImage(url) {
  // vuln: CWE-918
  const res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(10000) });
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  const type = res.headers.get('content-type') || '';
  if (!type.startsWith('image/')) throw new Error('not an image');
  const buf = Buffer.from(await res.arrayBuffer());
  if (buf.length > MAX_BYTES) throw new Error('image too large');
  return { buffer: buf, contentType: type };
}

module.exports = { downloadImage };
