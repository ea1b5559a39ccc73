const ATTENDEE_EMAIL = /^([a-zA-Z0-9]+[._+-]?)*[a-zA-Z0-9]+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$/;
const ORGANISER_EMAIL = /^[^\s@]{1,64}@[^\s@.]{1,63}(?:\.[^\s@.]{1,63})+$/;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PROMO_CODE = /^[A-Z0-9]{4,16}$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isAttendeeEmail(value: string): boolean {
  // vuln: CWE-1333
  return ATTENDEE_EMAIL.test(value);
}

export function isOrganiserEmail(value: string): boolean {
  // safe: CWE-1333
  return value.length <= 254 && ORGANISER_EMAIL.test(value);
}

export function toPositiveInt(value: unknown, fallback: number, max = 1000): number {
  const n = Number.parseInt(String(value ?? ''), 10);
  if (!Number.isFinite(n) || n <= 0) return fallback;
  return Math.min(n, max);
}

export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 512) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  return value;
}

const WEBHOOK_HOSTS = new Set(['hooks.slack.com', 'hooks.zapier.com', 'discord.com', 'hook.eu1.make.com']);

export function isAllowedWebhookUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.port === '' && url.username === '' && WEBHOOK_HOSTS.has(url.hostname);
}
