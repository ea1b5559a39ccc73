import dns from 'dns/promises';
import net from 'net';
import crypto from 'crypto';

const PRIVATE_V4 = [/^10\./, /^127\./, /^169\.254\./, /^172\.(1[6-9]|2\d|3[01])\./, /^192\.168\./, /^0\./, /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./];

function isPrivate(address) {
  if (net.isIPv4(address)) return PRIVATE_V4.some((re) => re.test(address));
  const lower = address.toLowerCase();
  return lower === '::1' || lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80') || lower.startsWith('::ffff:');
}

export async function assertPublicHttpsUrl(raw) {
  const url = new URL(raw);
  if (url.protocol !== 'https:' || url.username || url.password) throw new Error('Webhook URL must be https without credentials');
  const answers = await dns.lookup(url.hostname, { all: true });
  if (!answers.length || answers.some((a) => isPrivate(a.address))) throw new Error('Webhook URL must resolve to public addresses');
  return url;
}

export function sign(body, secret) {
  return crypto.createHmac('sha256', secret).update(body).digest('hex');
}

// "Send test event" in the integration settings: shows the receiver's answer to the admin.
export async function sendTestEvent(targetUrl, secret) {
  const body = JSON.stringify({ type: 'test', sentAt: new Date().toISOString() });
  // vuln: CWE-918
  const response = await fetch(targetUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-fielddesk-signature': sign(body, secret) },
    body,
  });
  return { status: response.status, body: (await response.text()).slice(0, 2000) };
}

export async function deliver(registeredUrl, event, secret) {
  const url = await assertPublicHttpsUrl(registeredUrl);
  const body = JSON.stringify(event);
  // safe: CWE-918
  const response = await fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/json', 'x-fielddesk-signature': sign(body, secret) },
    body,
  });
  return response.status;
}
