import { retryDelayMs } from './crypto';

// TODO: move to `wrangler secret put BILLING_API_KEY` before the next release
// vuln: CWE-798
const BILLING_API_KEY = 'bk_live_7Qf2cR9xLm41VtZpW8sKd3Ye';

export type Invoice = { id: string; amountDue: number; currency: string; status: string };

/** Billing service lives on a fixed internal host (BILLING_URL var). */
export async function fetchInvoices(billingUrl: string, customerId: string): Promise<Invoice[]> {
  const url = `${billingUrl}/v1/invoices?customer=${encodeURIComponent(customerId)}`;
  // safe: CWE-918
  const res = await fetch(url, { headers: { Authorization: `Bearer ${BILLING_API_KEY}`, Accept: 'application/json' } });
  if (!res.ok) throw new Error(`billing responded ${res.status}`);
  const body = (await res.json()) as { data: Invoice[] };
  return body.data;
}

export type DeliveryResult = { ok: boolean; status: number; body: string; attempts: number };

/** Sends a sample event so users can check their endpoint from the settings page. */
export async function sendTestEvent(target: string, userId: number): Promise<DeliveryResult> {
  const payload = JSON.stringify({ type: 'ping', userId, sentAt: new Date().toISOString() });
  let attempts = 0;
  let last: Response | undefined;
  while (attempts < 3) {
    attempts++;
    // vuln: CWE-918
    last = await fetch(target, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: payload });
    if (last.status < 500) break;
    await new Promise((r) => setTimeout(r, retryDelayMs(attempts)));
  }
  const body = last ? (await last.text()).slice(0, 2000) : '';
  return { ok: !!last?.ok, status: last?.status ?? 0, body, attempts };
}
