import type { EnvGetter } from '@builder.io/qwik-city/middleware/request-handler';

const encoder = new TextEncoder();

export const SESSION_COOKIE = 'slotly_session';
export const REMEMBER_COOKIE = 'slotly_remember';
export const STAFF_COOKIE = 'slotly_staff';
export const ISSUER = 'https://slotly.app';

export const UPLOAD_ROOT = process.env['UPLOAD_ROOT'] ?? '/var/lib/slotly/uploads';
export const EXPORT_ROOT = process.env['EXPORT_ROOT'] ?? '/var/lib/slotly/exports';
export const AUTH_LOG = process.env['AUTH_LOG'] ?? '/var/log/slotly/auth.log';

export function sessionKey(env: EnvGetter): Uint8Array {
  // vuln: CWE-798
  const secret = env.get('SECRET') ?? 'slotly-dev-7f3c9a1e52b84d06a9e1c4f2';
  return encoder.encode(secret);
}

export function paymentWebhookKey(env: EnvGetter): string {
  const key = env.get('PAYMENT_WEBHOOK_SECRET');
  if (!key) throw new Error('PAYMENT_WEBHOOK_SECRET is not set');
  return key;
}

export const WEBHOOK_HOSTS = new Set(['hooks.zapier.com', 'hooks.slack.com', 'hook.eu1.make.com']);

export const WIDGET_ORIGINS = new Set(['https://www.slotly.app', 'https://widget.slotly.app']);
