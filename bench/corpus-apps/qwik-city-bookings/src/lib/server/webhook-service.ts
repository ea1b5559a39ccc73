import { createHmac } from 'node:crypto';
import { WEBHOOK_HOSTS } from './config';
import type { Clinic } from './repositories/clinic-repository';

export function isAllowedWebhook(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && !url.username && !url.password && url.port === '' && WEBHOOK_HOSTS.has(url.hostname);
}

export async function deliverBookingEvent(clinic: Clinic, event: string, payload: object, signingKey: string): Promise<void> {
  if (!clinic.webhookUrl || !isAllowedWebhook(clinic.webhookUrl)) return;
  const body = JSON.stringify({ event, clinic: clinic.slug, data: payload });
  const signature = createHmac('sha256', signingKey).update(body).digest('hex');
  // safe: CWE-918
  await fetch(clinic.webhookUrl, {
    method: 'POST',
    redirect: 'error',
    headers: { 'content-type': 'application/json', 'x-slotly-signature': signature },
    body,
  });
}

/** "Send test event" button in the settings page: shows what the endpoint answered. */
export async function sendTestEvent(url: string, clinicSlug: string): Promise<{ status: number; body: string }> {
  const body = JSON.stringify({ event: 'test', clinic: clinicSlug, sentAt: new Date().toISOString() });
  // vuln: CWE-918
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, body: (await res.text()).slice(0, 2000) };
}
