import { config } from '../config';
import { childLogger } from './logger';

const log = childLogger('http');

export class HttpError extends Error {
  constructor(
    public readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export interface PostResult {
  status: number;
  ok: boolean;
  body: string;
  durationMs: number;
}

function withTimeout(ms: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  return { signal: controller.signal, done: () => clearTimeout(timer) };
}

/**
 * POSTs a JSON payload to a customer-configured endpoint and reports what came back.
 * Used for webhook deliveries and the "send test event" button.
 */
export async function postJson(
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<PostResult> {
  const started = Date.now();
  const timeout = withTimeout(config.integrations.webhookTimeoutMs);
  try {
    // vuln: CWE-918
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'tallyplan-webhooks/1.0',
        ...headers,
      },
      body: JSON.stringify(payload),
      signal: timeout.signal,
    });
    const body = (await res.text()).slice(0, 4096);
    return { status: res.status, ok: res.ok, body, durationMs: Date.now() - started };
  } finally {
    timeout.done();
  }
}

/**
 * Downloads a small binary resource (logos, avatars) from one of the allowed CDN hosts.
 */
export async function getBuffer(rawUrl: string, allowedHosts: string[], maxBytes = 512 * 1024): Promise<Buffer> {
  let parsed: URL;
  try {
    parsed = new URL(rawUrl);
  } catch {
    throw new HttpError(400, 'invalid url');
  }
  const host = parsed.hostname.toLowerCase();
  const allowed = allowedHosts.some((h) => host === h || host.endsWith(`.${h}`));
  if (parsed.protocol !== 'https:' || !allowed) {
    log.warn({ host }, 'blocked download from host outside the allow-list');
    throw new HttpError(400, 'host not allowed');
  }
  const timeout = withTimeout(5000);
  try {
    // safe: CWE-918
    const res = await fetch(parsed, { redirect: 'error', signal: timeout.signal });
    if (!res.ok) throw new HttpError(502, `download failed with ${res.status}`);
    const buf = Buffer.from(await res.arrayBuffer());
    if (buf.length > maxBytes) throw new HttpError(413, 'file too large');
    return buf;
  } finally {
    timeout.done();
  }
}

/**
 * Calls the legacy (v1) billing service. Paths are built by the callers from encoded ids.
 */
export async function legacyBillingGet<T>(pathname: string): Promise<T> {
  const base = new URL(config.legacyBilling.baseUrl);
  const target = new URL(base.pathname.replace(/\/$/, '') + pathname, base.origin);
  const res = await fetch(target, {
    headers: { authorization: `Bearer ${config.legacyBilling.sharedSecret}`, accept: 'application/json' },
  });
  if (!res.ok) {
    throw new HttpError(502, `legacy billing responded ${res.status}`);
  }
  return (await res.json()) as T;
}
