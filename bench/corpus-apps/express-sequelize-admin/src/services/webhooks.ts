import axios from 'axios';
import crypto from 'crypto';
import { config } from '../config';
import { logger } from '../logger';

export interface WebhookEvent {
  type: string;
  customerId?: number;
  payload: Record<string, unknown>;
}

const client = axios.create({ timeout: 5000, maxRedirects: 0, headers: { 'user-agent': 'ops-console-webhooks/1.14' } });

/** Ops alerts always go to the company Slack workspace. */
export async function notifySlack(text: string) {
  if (!config.slackWebhookToken) return;
  // safe: CWE-918
  await client.post(`https://hooks.slack.com/services/${config.slackWebhookToken}`, { text });
}

export function sign(body: string, secret: string) {
  return crypto.createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * "Send test event" button on the integration form: posts a sample event to the URL the admin
 * has typed (before saving it) and shows the receiver's status and response.
 */
export async function sendTestEvent(targetUrl: string, secret: string, event: WebhookEvent) {
  const body = JSON.stringify({ ...event, test: true, sentAt: new Date().toISOString() });
  logger.info('sending test webhook', { type: event.type });
  // vuln: CWE-918
  const response = await client.post(targetUrl, body, {
    headers: { 'content-type': 'application/json', 'x-ops-signature': sign(body, secret) },
    validateStatus: () => true,
    responseType: 'text',
  });
  return { status: response.status, body: String(response.data).slice(0, 2000) };
}
