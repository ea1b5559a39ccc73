import fs from 'node:fs';
import amqp, { type Channel, type ConsumeMessage } from 'amqplib';
import yaml from 'js-yaml';
import { config } from '../config';
import { logger } from '../logger';
import { catalogRepo } from '../dao/catalog.repo';
import { ingestQueue } from '../queue/queues';

const QUEUE = 'ingest.uploaded';

/**
 * Published by the upload API for every finished multipart upload. The body is the uploader's
 * own upload manifest (JSON, or YAML from the desktop uploader), forwarded as sent, plus the
 * object key the upload API chose.
 */
interface UploadManifest {
  assetId: string;
  partnerId: string;
  objectKey: string;
  bytes: number;
  bundle?: boolean;
}

function parseManifest(msg: ConsumeMessage): UploadManifest {
  const raw = msg.content.toString('utf8');
  if (msg.properties.contentType === 'application/x-yaml') {
    // vuln: CWE-502
    return yaml.load(raw) as UploadManifest;
  }
  return JSON.parse(raw) as UploadManifest;
}

function parseLegacyManifest(raw: string): UploadManifest {
  // safe: CWE-502
  return yaml.safeLoad(raw) as UploadManifest;
}

async function onMessage(channel: Channel, msg: ConsumeMessage): Promise<void> {
  const manifest = msg.properties.headers?.['x-manifest-version'] === '1'
    ? parseLegacyManifest(msg.content.toString('utf8'))
    : parseManifest(msg);
  const attached = await catalogRepo.attachUpload(manifest.assetId, manifest.partnerId, {
    key: String(manifest.objectKey),
    bytes: Number(manifest.bytes) || 0,
  });
  if (attached && manifest.bundle) {
    await ingestQueue.add('ingest', { storageKey: String(manifest.objectKey), kind: 'bundle' });
  }
  await catalogRepo.markProbed(manifest.assetId);
  channel.ack(msg);
}

export async function startIngestConsumer(): Promise<Channel> {
  const connection = await amqp.connect(config.amqp.url, { ca: [fs.readFileSync(config.amqp.caFile)] });
  const channel = await connection.createChannel();
  await channel.assertQueue(QUEUE, { durable: true, deadLetterExchange: 'ingest.dlx' });
  await channel.prefetch(16);
  await channel.consume(QUEUE, (msg) => {
    if (!msg) return;
    onMessage(channel, msg).catch((err) => {
      logger.error({ err, deliveryTag: msg.fields.deliveryTag }, 'ingest message failed');
      channel.nack(msg, false, false);
    });
  });
  return channel;
}
