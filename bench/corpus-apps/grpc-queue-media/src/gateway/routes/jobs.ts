import type { FastifyInstance } from 'fastify';
import { Job } from 'bullmq';
import { ingestQueue, transcodeQueue, type IngestJob } from '../../queue/queues';
import { progressStore } from '../../cache/progress';

interface TranscodeBody {
  sourceKey: string;
  width: number;
  height: number;
  videoBitrate: string;
  outputName?: string;
}

interface ThumbnailBody {
  sourceKey: string;
  atSeconds: number;
}

const sourceKey = { type: 'string', pattern: '^uploads/[A-Za-z0-9_-]{1,64}/[A-Za-z0-9._-]{1,128}$' } as const;

/** Public job API used by the Reelhouse Creator web app (free tier, anonymous uploads). */
export default async function jobRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: TranscodeBody }>(
    '/v1/jobs/transcode',
    {
      schema: {
        body: {
          type: 'object',
          required: ['sourceKey', 'width', 'height', 'videoBitrate'],
          properties: {
            sourceKey,
            width: { type: 'integer', minimum: 16, maximum: 3840 },
            height: { type: 'integer', minimum: 16, maximum: 2160 },
            videoBitrate: { type: 'string', maxLength: 32 },
            outputName: { type: 'string', maxLength: 120 },
          },
        },
      },
    },
    async (request, reply) => {
      const job = await transcodeQueue.add('transcode', { ...request.body, outputName: request.body.outputName ?? '', partnerId: null, assetId: null });
      return reply.code(202).send({ jobId: job.id });
    },
  );

  app.post<{ Body: ThumbnailBody }>(
    '/v1/jobs/thumbnail',
    {
      schema: {
        body: {
          type: 'object',
          required: ['sourceKey'],
          properties: { sourceKey, atSeconds: { type: 'number', minimum: 0, maximum: 86400 } },
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      const job = await transcodeQueue.add('thumbnail', { ...request.body, partnerId: null, assetId: null });
      return reply.code(202).send({ jobId: job.id });
    },
  );

  app.post<{ Body: IngestJob }>(
    '/v1/jobs/ingest',
    {
      schema: {
        body: {
          type: 'object',
          required: ['kind'],
          properties: {
            sourceUrl: { type: 'string', maxLength: 2048 },
            storageKey: sourceKey,
            kind: { type: 'string', enum: ['single', 'bundle', 'artwork'] },
          },
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      const job = await ingestQueue.add('ingest', request.body, { attempts: 2 });
      return reply.code(202).send({ jobId: job.id });
    },
  );

  app.get<{ Params: { id: string } }>('/v1/jobs/:id', async (request, reply) => {
    const job = (await Job.fromId(transcodeQueue, request.params.id)) ?? (await Job.fromId(ingestQueue, request.params.id));
    if (!job) return reply.code(404).send({ error: 'not found' });
    return {
      id: job.id,
      name: job.name,
      state: await job.getState(),
      progress: job.progress,
      result: job.returnvalue ?? null,
      failedReason: job.failedReason ? 'processing failed' : undefined,
    };
  });

  app.get<{ Params: { id: string } }>('/v1/jobs/:id/progress', async (request) => {
    return { percent: await progressStore.readOne('creators', request.params.id) };
  });
}
