import fs from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import { config } from '../config';
import { logger } from '../logger';
import { AssetService, CatalogService, PartnerService, TranscodeService } from './loader';
import { assetHandlers } from './handlers/asset.handlers';
import { catalogHandlers } from './handlers/catalog.handlers';
import { transcodeHandlers } from './handlers/transcode.handlers';
import { partnerHandlers } from './handlers/partner.handlers';

export function createGrpcServer(): grpc.Server {
  const server = new grpc.Server({
    'grpc.max_receive_message_length': 8 * 1024 * 1024,
    'grpc.keepalive_time_ms': 60_000,
  });
  server.addService(AssetService.service, assetHandlers);
  server.addService(CatalogService.service, catalogHandlers);
  server.addService(TranscodeService.service, transcodeHandlers);
  server.addService(PartnerService.service, partnerHandlers);
  return server;
}

export function startGrpcServer(server: grpc.Server): Promise<number> {
  const credentials = grpc.ServerCredentials.createSsl(
    null,
    [{ private_key: fs.readFileSync(config.grpc.tlsKeyFile), cert_chain: fs.readFileSync(config.grpc.tlsCertFile) }],
    false,
  );
  return new Promise((resolve, reject) => {
    server.bindAsync(config.grpc.bind, credentials, (err, port) => {
      if (err) {
        reject(err);
        return;
      }
      logger.info({ port }, 'gRPC server listening');
      resolve(port);
    });
  });
}
