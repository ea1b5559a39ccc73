import { Queue } from 'bullmq';
import { bullConnection } from '../cache/redis';

export interface TranscodeJob {
  partnerId: string | null;
  assetId: string | null;
  sourceKey: string;
  width: number;
  height: number;
  videoBitrate: string;
  outputName: string;
  preset?: string;
}

export interface ThumbnailJob {
  partnerId: string | null;
  assetId: string | null;
  sourceKey: string;
  atSeconds: number;
}

export interface IngestJob {
  sourceUrl?: string;
  storageKey?: string;
  kind: 'single' | 'bundle' | 'artwork';
  creatorId?: string;
}

export interface WebhookJob {
  partnerId: string;
  event: string;
  payload: Record<string, unknown>;
}

/** Written only by the internal admin console (behind SSO, on the ops network). */
export interface AdminJob {
  task: 'purge-jobs' | 'reencode-all' | 'sync-mirror';
  days?: number;
  preset?: string;
  mirrorHost?: string;
  mirrorPath?: string;
}

const connection = bullConnection();

export const transcodeQueue = new Queue<TranscodeJob | ThumbnailJob>('transcode', { connection });
export const ingestQueue = new Queue<IngestJob>('ingest', { connection });
export const webhookQueue = new Queue<WebhookJob>('webhooks', { connection });
export const adminQueue = new Queue<AdminJob>('admin-maintenance', { connection });
