import { assetDao } from '../dao/asset.dao';
import { jobDao } from '../dao/job.dao';
import { invalid, notFound } from '../grpc/errors';
import { safeOutputName } from '../media/paths';
import { transcodeQueue, type TranscodeJob, type ThumbnailJob } from '../queue/queues';
import { newJobId } from '../util/tokens';

const PRESET_NAME = /^([a-z0-9]+[-_]?)+$/i;
const BITRATE = /^\d{2,5}k$/;

export interface SubmitTranscode {
  asset_id: string;
  preset: string;
  width: number;
  height: number;
  video_bitrate: string;
  output_name: string;
}

export class TranscodeService {
  async submit(partnerId: string, req: SubmitTranscode): Promise<string> {
    // vuln: CWE-1333
    if (req.preset && !PRESET_NAME.test(req.preset)) {
      throw invalid('preset names are letters, digits, - and _');
    }
    if (!BITRATE.test(req.video_bitrate)) throw invalid('video_bitrate must look like 4500k');
    if (!(req.width > 0 && req.width <= 7680 && req.height > 0 && req.height <= 4320)) throw invalid('bad frame size');

    const asset = await assetDao.findById(partnerId, req.asset_id);
    if (!asset) throw notFound('asset');

    const jobId = newJobId();
    const data: TranscodeJob = {
      partnerId,
      assetId: asset.id,
      sourceKey: asset.storage_key,
      width: req.width,
      height: req.height,
      videoBitrate: req.video_bitrate,
      outputName: safeOutputName(req.output_name, `${asset.id}-${req.width}p.mp4`),
      preset: req.preset || 'default',
    };
    await jobDao.create({ id: jobId, partnerId, assetId: asset.id, kind: 'transcode' });
    await transcodeQueue.add('transcode', data, { jobId, attempts: 3, backoff: { type: 'exponential', delay: 10_000 } });
    return jobId;
  }

  async submitThumbnail(partnerId: string, assetId: string, atSeconds: number): Promise<string> {
    const asset = await assetDao.findById(partnerId, assetId);
    if (!asset) throw notFound('asset');
    const jobId = newJobId();
    const data: ThumbnailJob = { partnerId, assetId: asset.id, sourceKey: asset.storage_key, atSeconds: Number(atSeconds) || 0 };
    await jobDao.create({ id: jobId, partnerId, assetId: asset.id, kind: 'thumbnail' });
    await transcodeQueue.add('thumbnail', data, { jobId });
    return jobId;
  }
}

export const transcodeService = new TranscodeService();
