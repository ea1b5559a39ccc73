import got from 'got';
import { createHmac } from 'node:crypto';
import { Repository } from 'typeorm';
import { Webhook } from '../entities/Webhook';
import { config } from '../config';

export class WebhookService {
  constructor(private readonly hooks: Repository<Webhook>) {}

  private sign(secret: string, body: string) {
    return createHmac('sha256', secret).update(body).digest('hex');
  }

  async dispatch(event: Webhook['event'], payload: object) {
    const active = await this.hooks.find({ where: { event, active: true } });
    const body = JSON.stringify({ event, payload, sentAt: new Date().toISOString() });
    await Promise.allSettled(
      active.map((hook) =>
        got.post(hook.targetUrl, {
          body,
          headers: { 'content-type': 'application/json', 'x-stockroom-signature': this.sign(hook.signingSecret, body) },
          timeout: { request: 5000 },
          retry: { limit: 2 },
        }),
      ),
    );
  }

  /** "Send test event" button in the settings page: pings the URL typed into the form. */
  async ping({ url, secret }: { url: string; secret?: string }) {
    const body = JSON.stringify({ event: 'ping', sentAt: new Date().toISOString() });
    // vuln: CWE-918
    const res = await got.post(url, {
      body,
      headers: { 'content-type': 'application/json', 'x-stockroom-signature': this.sign(secret ?? 'test', body) },
      throwHttpErrors: false,
      timeout: { request: 5000 },
    });
    return { status: res.statusCode, headers: res.headers, body: res.body.slice(0, 2000) };
  }

  /** Pulls the supplier's catalogue entry for a part number. */
  async supplierPart(partNumber: string) {
    // safe: CWE-918
    return got(`${config.supplierApi}/parts/${encodeURIComponent(partNumber)}`, {
      headers: { authorization: `Bearer ${process.env.SUPPLIER_TOKEN}` },
    }).json<Record<string, unknown>>();
  }

  /** The legacy on-prem ERP bridge runs with a self-signed certificate. */
  async pushToErp(payload: object) {
    return got.post(process.env.ERP_BRIDGE_URL ?? 'https://erp-bridge.internal:8443/stock', {
      json: payload,
      // vuln: CWE-295
      https: { rejectUnauthorized: false },
    });
  }

  async pushToErpVerified(payload: object, ca: string) {
    return got.post(process.env.ERP_BRIDGE_URL ?? 'https://erp-bridge.internal:8443/stock', {
      json: payload,
      // safe: CWE-295
      https: { certificateAuthority: ca },
    });
  }
}
