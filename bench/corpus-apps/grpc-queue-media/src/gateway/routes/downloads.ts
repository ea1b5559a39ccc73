import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { verifyDownloadToken, verifyPreviewToken } from '../../grpc/auth';
import { storagePath } from '../../media/paths';
import { assetDao } from '../../dao/asset.dao';

export default async function downloadRoutes(app: FastifyInstance): Promise<void> {
  /** Links from CreateShareLink / partner e-mails: `/v1/download/<jwt>`. */
  app.get<{ Params: { token: string } }>('/v1/download/:token', async (request, reply) => {
    let claims;
    try {
      claims = verifyDownloadToken(request.params.token);
    } catch {
      return reply.code(403).send({ error: 'invalid link' });
    }
    const file = storagePath(claims.storageKey);
    reply.header('content-disposition', `attachment; filename="${path.basename(file).replace(/[^\w.-]/g, '_')}"`);
    return reply.type('application/octet-stream').send(fs.createReadStream(file));
  });

  /** Public share links: `/s/<code>`, no login. */
  app.get<{ Params: { code: string } }>('/s/:code', async (request, reply) => {
    const share = await assetDao.findShare(request.params.code);
    if (!share) return reply.code(404).send({ error: 'link expired or unknown' });
    return reply.type('video/mp4').send(fs.createReadStream(storagePath(share.storage_key)));
  });

  app.get<{ Querystring: { t: string } }>('/v1/preview', async (request, reply) => {
    let claims;
    try {
      claims = verifyPreviewToken(String(request.query.t ?? ''));
    } catch {
      return reply.code(403).send({ error: 'invalid preview token' });
    }
    return reply.type('video/mp4').send(fs.createReadStream(storagePath(claims.storageKey)));
  });
}
