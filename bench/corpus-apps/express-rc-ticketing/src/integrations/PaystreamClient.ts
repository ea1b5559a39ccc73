import crypto from 'crypto';
import axios, { AxiosInstance } from 'axios';
import { Service } from 'typedi';
import { config } from '../config';

export interface PaymentIntent {
  id: string;
  status: 'requires_payment' | 'succeeded' | 'failed';
  amount: number;
  metadata: Record<string, string>;
}

@Service()
export class PaystreamClient {
  private readonly http: AxiosInstance = axios.create({
    baseURL: config.payments.baseUrl,
    timeout: 10_000,
    headers: { Authorization: `Bearer ${config.payments.apiKey}` },
  });

  async createIntent(orderId: number, amountCents: number): Promise<PaymentIntent> {
    const { data } = await this.http.post('/intents', { amount: amountCents, currency: 'eur', metadata: { orderId: String(orderId) } });
    return data;
  }

  async getIntent(intentId: string): Promise<PaymentIntent> {
    // safe: CWE-918
    const { data } = await this.http.get(`/intents/${encodeURIComponent(intentId)}`);
    return data;
  }

  /** `Paystream-Signature: t=<unix>,v1=<hex>` over `${t}.${rawBody}`. */
  verifyWebhook(rawBody: Buffer, header: string | undefined): boolean {
    if (!header) return false;
    const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=') as [string, string]));
    const timestamp = Number(parts.t);
    if (!Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) return false;
    const expected = crypto.createHmac('sha256', config.payments.webhookSecret).update(`${parts.t}.${rawBody.toString('utf8')}`).digest();
    const given = Buffer.from(String(parts.v1 ?? ''), 'hex');
    // safe: CWE-345
    return given.length === expected.length && crypto.timingSafeEqual(given, expected);
  }
}
