import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const PROTO_ROOT = path.resolve(__dirname, '../../proto');

const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_ROOT],
};

const definition = protoLoader.loadSync(
  ['media/v1/assets.proto', 'media/v1/catalog.proto', 'media/v1/transcode.proto', 'partner/v1/partner.proto'],
  LOADER_OPTIONS,
);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const protos = grpc.loadPackageDefinition(definition) as any;

export const AssetService: grpc.ServiceClientConstructor = protos.media.v1.AssetService;
export const CatalogService: grpc.ServiceClientConstructor = protos.media.v1.CatalogService;
export const TranscodeService: grpc.ServiceClientConstructor = protos.media.v1.TranscodeService;
export const PartnerService: grpc.ServiceClientConstructor = protos.partner.v1.PartnerService;
export const PartnerCallback: grpc.ServiceClientConstructor = protos.partner.v1.PartnerCallback;
