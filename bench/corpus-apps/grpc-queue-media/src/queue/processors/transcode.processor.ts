import fs from 'node:fs';
import path from 'node:path';
import type { Job } from 'bullmq';
import { config } from '../../config';
import { progressStore } from '../../cache/progress';
import { assetDao } from '../../dao/asset.dao';
import { jobDao } from '../../dao/job.dao';
import * as ffmpeg from '../../media/ffmpeg';
import { SCRATCH_ROOT, safeOutputName, storagePath } from '../../media/paths';
import { deliveryService } from '../../services/delivery.service';
import { webhookQueue, type ThumbnailJob, type TranscodeJob } from '../queues';

async function thumbnail(job: Job<ThumbnailJob>): Promise<{ output: string }> {
  const input = storagePath(job.data.sourceKey);
  const output = path.join(SCRATCH_ROOT, `${job.id}.jpg`);
  await ffmpeg.thumbnail(input, output, job.data.atSeconds);
  return { output: path.relative(config.mediaRoot, output) };
}

export async function processTranscode(job: Job<TranscodeJob | ThumbnailJob>): Promise<{ output: string }> {
  if (job.name === 'thumbnail') {
    return thumbnail(job as Job<ThumbnailJob>);
  }
  const data = job.data as TranscodeJob;
  const owner = data.partnerId ?? 'creators';
  const input = storagePath(data.sourceKey);
  const output = path.join(SCRATCH_ROOT, safeOutputName(data.outputName, `${job.id}.mp4`));

  await progressStore.write(owner, job.id!, 1);
  await ffmpeg.transcode(input, output, { width: data.width, height: data.height, videoBitrate: data.videoBitrate });
  await progressStore.write(owner, job.id!, 100);
  await job.updateProgress(100);

  const storageKey = path.relative(config.mediaRoot, output);
  if (data.partnerId && data.assetId) {
    await assetDao.insertRendition(data.assetId, `${data.height}p`, storageKey, fs.statSync(output).size);
    await jobDao.setState(job.id!, 'completed');
    const asset = await assetDao.findById(data.partnerId, data.assetId);
    const subject = { id: data.assetId, title: asset?.title ?? '', status: asset?.status ?? '', durationMs: Number(asset?.duration_ms ?? 0) };
    if (await deliveryService.shouldDeliver(data.partnerId, subject)) {
      await deliveryService.notifyPartner(data.partnerId, {
        asset_id: data.assetId,
        rendition: `${data.height}p`,
        download_url: `${config.gateway.publicBaseUrl}/v1/renditions/${data.assetId}/${data.height}p`,
      });
    }
    await webhookQueue.add('transcode.completed', {
      partnerId: data.partnerId,
      event: 'transcode.completed',
      payload: { jobId: job.id, assetId: data.assetId, rendition: `${data.height}p` },
    });
  }
  return { output: storageKey };
}
