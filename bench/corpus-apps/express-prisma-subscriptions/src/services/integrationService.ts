import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { config } from '../config';
import { getBuffer, HttpError, legacyBillingGet, postJson } from '../lib/http';
import { prisma } from '../lib/prisma';

const IMAGE_TYPES: Record<string, string> = {
  '89504e47': '.png',
  ffd8ffe0: '.jpg',
  ffd8ffe1: '.jpg',
  '47494638': '.gif',
};

export class IntegrationService {
  /** "Send test event" on the webhooks settings page; shows the endpoint's reply to the user. */
  async sendTestEvent(accountId: string, endpointUrl: string) {
    const payload = {
      id: `evt_test_${randomUUID()}`,
      type: 'subscription.updated',
      account: accountId,
      created: Math.floor(Date.now() / 1000),
      test: true,
    };
    return postJson(endpointUrl, payload, { 'x-tallyplan-event': payload.type });
  }

  async saveWebhookUrl(accountId: string, url: string) {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') throw new HttpError(400, 'webhook URL must use https');
    await prisma.account.update({ where: { id: accountId }, data: { webhookUrl: parsed.toString() } });
  }

  /** Imports the account logo from the customer's CDN. */
  async importLogo(accountId: string, logoUrl: string) {
    const bytes = await getBuffer(logoUrl, config.integrations.logoHosts);
    const ext = IMAGE_TYPES[bytes.subarray(0, 4).toString('hex')];
    if (!ext) throw new HttpError(415, 'unsupported image type');
    const fileName = `${accountId}-${randomUUID()}${ext}`;
    await fs.mkdir(config.storage.logosDir, { recursive: true });
    await fs.writeFile(path.join(config.storage.logosDir, fileName), bytes);
    await prisma.account.update({ where: { id: accountId }, data: { logoPath: fileName } });
    return { fileName };
  }

  legacyBalance(legacyAccountId: string) {
    return legacyBillingGet<{ balance_cents: number }>(
      `/v1/accounts/${encodeURIComponent(legacyAccountId)}/balance`,
    );
  }
}
