import { lookup } from 'node:dns/promises';
import net from 'node:net';

function isPrivate(ip: string) {
  if (net.isIPv6(ip)) {
    const v = ip.toLowerCase();
    return v === '::1' || v.startsWith('fc') || v.startsWith('fd') || v.startsWith('fe80') || v.startsWith('::ffff:');
  }
  const [a, b] = ip.split('.').map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** Webhook targets must be public https endpoints. */
export async function assertPublicHttpsUrl(raw: string) {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw Object.assign(new Error('Invalid URL'), { status: 422 });
  }
  if (url.protocol !== 'https:') throw Object.assign(new Error('Webhook URL must use https'), { status: 422 });
  const addresses = await lookup(url.hostname, { all: true });
  if (addresses.some((a) => isPrivate(a.address))) {
    throw Object.assign(new Error('Webhook URL must resolve to a public address'), { status: 422 });
  }
  return url.toString();
}
