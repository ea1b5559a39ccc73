import type { Consumer, KafkaMessage } from 'kafkajs';
import { partnerKafka, internalKafka } from './client';
import { auditStream, logger } from '../logger';
import { jobDao } from '../dao/job.dao';
import { deliveryService } from '../services/delivery.service';
import { partnerService } from '../services/partner.service';
import { webhookService } from '../services/webhook.service';

const PARTNER_TOPIC = 'partner.events.v1';

type PartnerEvent =
  | { type: 'delivery.completed'; partnerId: string; externalRef: string; receipt?: { fileName: string; body: string }; callbackUrl?: string }
  | { type: 'delivery.rejected'; partnerId: string; externalRef: string; reason: string }
  | { type: 'settings.updated'; partnerId: string; settings: Record<string, unknown> };

function decode(message: KafkaMessage): PartnerEvent | null {
  if (!message.value) return null;
  return JSON.parse(message.value.toString()) as PartnerEvent;
}

async function handle(event: PartnerEvent): Promise<void> {
  switch (event.type) {
    case 'delivery.completed': {
      // vuln: CWE-117
      auditStream.write(`${new Date().toISOString()} partner=${event.partnerId} event=delivery.completed ref=${event.externalRef}\n`);
      const updated = await jobDao.markDelivered(event.partnerId, event.externalRef);
      if (event.receipt) {
        await deliveryService.storeReceipt(event.partnerId, event.receipt.fileName, event.receipt.body);
      }
      if (event.callbackUrl) {
        await webhookService.notifyCallback(event.callbackUrl, { externalRef: event.externalRef, updated });
      }
      return;
    }
    case 'delivery.rejected': {
      auditStream.write(JSON.stringify({ ts: new Date().toISOString(), partner: event.partnerId, event: event.type, ref: event.externalRef }) + '\n');
      await jobDao.markRejected(event.partnerId, event.externalRef, String(event.reason ?? ''));
      await deliveryService.storeRejection(event.partnerId, String(event.reason ?? ''));
      return;
    }
    case 'settings.updated':
      await partnerService.applyRemoteSettings(event.partnerId, event.settings);
      return;
    default:
      logger.warn({ type: (event as { type?: unknown }).type }, 'unknown partner event');
  }
}

export async function startPartnerEventsConsumer(): Promise<Consumer> {
  const consumer = partnerKafka.consumer({ groupId: 'media-core.partner-events', sessionTimeout: 30_000 });
  await consumer.connect();
  await consumer.subscribe({ topics: [PARTNER_TOPIC], fromBeginning: false });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      let event: PartnerEvent | null = null;
      try {
        event = decode(message);
        if (event) await handle(event);
      } catch (err) {
        logger.error({ err, topic, partition, offset: message.offset, type: event?.type }, 'partner event failed');
      }
    },
  });
  return consumer;
}

/** Internal asset lifecycle topic: published by our own catalogue service only. */
export async function startAssetLifecycleConsumer(): Promise<Consumer> {
  const consumer = internalKafka.consumer({ groupId: 'media-core.asset-lifecycle' });
  await consumer.connect();
  await consumer.subscribe({ topic: 'asset.lifecycle.v2' });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(message.value?.toString() ?? '{}') as { assetId: string; partnerId: string; state: string };
      logger.info({ assetId: event.assetId, state: event.state }, 'asset lifecycle');
    },
  });
  return consumer;
}
