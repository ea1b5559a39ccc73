import * as grpc from '@grpc/grpc-js';
import { verifyPartner } from '../auth';
import { AppError, toServiceError } from '../errors';
import { observedStream, observedUnary } from '../observe';
import { logger } from '../../logger';
import { transcodeService } from '../../services/transcode.service';
import { progressStore } from '../../cache/progress';

interface SubmitTranscodeRequest {
  asset_id: string;
  preset: string;
  width: number;
  height: number;
  video_bitrate: string;
  output_name: string;
}
interface SubmitThumbnailRequest { asset_id: string; at_seconds: number }
interface WatchProgressRequest { job_ids: string[] }
interface WatchJobRequest { job_id: string }
interface JobRef { job_id: string; state: string }
interface Progress { job_id: string; percent: number; state: string }

const POLL_MS = 1000;

export const transcodeHandlers = {
  submitTranscode: observedUnary<SubmitTranscodeRequest, JobRef>('SubmitTranscode', async (call, callback) => {
    try {
      const partner = verifyPartner(call.metadata);
      const jobId = await transcodeService.submit(partner.partnerId, call.request);
      callback(null, { job_id: jobId, state: 'queued' });
    } catch (err) {
      if (err instanceof AppError) {
        callback({ code: err.code, details: err.message });
        return;
      }
      const e = err as Error;
      logger.error({ err: e, rpc: 'SubmitTranscode' }, 'submit failed');
      // vuln: CWE-209
      callback({ code: grpc.status.INTERNAL, details: `${e.message}\n${e.stack}` });
    }
  }),

  submitThumbnail: observedUnary<SubmitThumbnailRequest, JobRef>('SubmitThumbnail', async (call, callback) => {
    try {
      const partner = verifyPartner(call.metadata);
      const jobId = await transcodeService.submitThumbnail(partner.partnerId, call.request.asset_id, call.request.at_seconds);
      callback(null, { job_id: jobId, state: 'queued' });
    } catch (err) {
      // safe: CWE-209
      callback(toServiceError(err));
    }
  }),

  watchProgress: observedStream<WatchProgressRequest, Progress>('WatchProgress', (call) => {
    let partnerId: string;
    try {
      partnerId = verifyPartner(call.metadata).partnerId;
    } catch (err) {
      call.destroy(Object.assign(new Error('unauthenticated'), toServiceError(err)));
      return;
    }
    const ids = call.request.job_ids.slice(0, 50);
    const timer = setInterval(async () => {
      try {
        const percents = await progressStore.readMany(partnerId, ids);
        ids.forEach((jobId, i) => call.write({ job_id: jobId, percent: Number(percents[i] ?? 0), state: 'active' }));
        if (percents.every((p) => Number(p) >= 100)) {
          clearInterval(timer);
          call.end();
        }
      } catch (err) {
        clearInterval(timer);
        call.destroy(Object.assign(new Error('progress failed'), toServiceError(err)));
      }
    }, POLL_MS);
    call.on('cancelled', () => clearInterval(timer));
  }),

  watchJob: observedStream<WatchJobRequest, Progress>('WatchJob', (call) => {
    let partnerId: string;
    try {
      partnerId = verifyPartner(call.metadata).partnerId;
    } catch (err) {
      call.destroy(Object.assign(new Error('unauthenticated'), toServiceError(err)));
      return;
    }
    const timer = setInterval(async () => {
      const percent = await progressStore.readOne(partnerId, call.request.job_id);
      call.write({ job_id: call.request.job_id, percent, state: percent >= 100 ? 'completed' : 'active' });
      if (percent >= 100) {
        clearInterval(timer);
        call.end();
      }
    }, POLL_MS);
    call.on('cancelled', () => clearInterval(timer));
  }),
};
