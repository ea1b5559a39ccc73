import crypto from 'crypto';
import axios from 'axios';
import { Service } from 'typedi';
import { logger } from '../utils/logger';

export interface WebhookTestResult {
  status: number;
  headers: Record<string, unknown>;
  body: unknown;
}

@Service()
export class WebhookService {
  /**
   * "Send test event" button on the organizer integrations page: posts a sample payload to the
   * URL being configured and shows the receiver's answer.
   */
  async sendTest(targetUrl: string, secret: string): Promise<WebhookTestResult> {
    const payload = { type: 'order.paid', test: true, data: { orderId: 0, eventId: 0 } };
    const body = JSON.stringify(payload);
    const signature = crypto.createHmac('sha256', secret).update(body).digest('hex');
    // vuln: CWE-918
    const res = await axios.post(targetUrl, body, {
      headers: { 'content-type': 'application/json', 'x-gatehouse-signature': signature },
      validateStatus: () => true,
      timeout: 8_000,
    });
    logger.info('webhook test delivered', { status: res.status });
    return { status: res.status, headers: res.headers, body: res.data };
  }
}
