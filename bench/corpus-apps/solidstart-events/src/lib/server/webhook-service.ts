import { createHmac } from 'node:crypto';
import { isAllowedWebhookUrl } from './validators';
import * as organiserRepo from './repositories/organiser-repository';

export async function sendTestEvent(url: string, organiserName: string) {
  const body = JSON.stringify({ type: 'test', organiser: organiserName, sentAt: new Date().toISOString() });
  // vuln: CWE-918
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, body: (await res.text()).slice(0, 2000) };
}

export async function deliverOrderEvent(organiserId: number, payload: Record<string, unknown>, signingKey: string) {
  const organiser = await organiserRepo.findById(organiserId);
  if (!organiser?.webhookUrl || !isAllowedWebhookUrl(organiser.webhookUrl)) return false;
  const body = JSON.stringify(payload);
  const signature = createHmac('sha256', signingKey).update(body).digest('hex');
  // safe: CWE-918
  const res = await fetch(organiser.webhookUrl, {
    method: 'POST',
    redirect: 'error',
    headers: { 'content-type': 'application/json', 'x-tixly-signature': signature },
    body,
  });
  return res.ok;
}

export async function fetchLinkPreview(target: string) {
  // vuln: CWE-918
  const res = await fetch(target, { headers: { accept: 'text/html' } });
  const html = (await res.text()).slice(0, 200_000);
  const title = /<title[^>]*>([^<]{0,300})<\/title>/i.exec(html)?.[1]?.trim() ?? null;
  const image = /<meta\s+property="og:image"\s+content="([^"]{0,1000})"/i.exec(html)?.[1] ?? null;
  return { title, image };
}

export async function geocodeVenue(venue: string, city: string): Promise<{ lat: number; lon: number } | null> {
  const url = `https://nominatim.openstreetmap.org/search?format=json&limit=1&q=${encodeURIComponent(`${venue}, ${city}`)}`;
  // safe: CWE-918
  const res = await fetch(url, { headers: { 'user-agent': 'tixly/0.7 (ops@tixly.events)' } });
  if (!res.ok) return null;
  const [hit] = (await res.json()) as { lat: string; lon: string }[];
  return hit ? { lat: Number(hit.lat), lon: Number(hit.lon) } : null;
}
