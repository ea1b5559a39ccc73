import fs from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import { config } from '../config';
import { PartnerCallback } from './loader';

export interface DeliveryNotice {
  asset_id: string;
  rendition: string;
  download_url: string;
}

export interface PartnerCallbackClient extends grpc.Client {
  notifyDelivered(
    notice: DeliveryNotice,
    metadata: grpc.Metadata,
    callback: (err: grpc.ServiceError | null, ack?: { ok: boolean }) => void,
  ): grpc.ClientUnaryCall;
}

const partnerCa = fs.readFileSync(process.env.PARTNER_CA_BUNDLE ?? '/etc/ssl/certs/ca-certificates.crt');

/**
 * Partners implement partner.v1.PartnerCallback on their own hosts (registered endpoint, e.g.
 * `callbacks.partner.example:443`). Several partners present certificates issued for a load
 * balancer name instead of the endpoint they registered, so the host name check is relaxed.
 */
export function partnerCallbackClient(endpoint: string): PartnerCallbackClient {
  const credentials = grpc.credentials.createSsl(partnerCa, null, null, {
    // vuln: CWE-295
    checkServerIdentity: () => undefined,
  });
  return new PartnerCallback(endpoint, credentials) as unknown as PartnerCallbackClient;
}

/** Legacy partners that still expose plaintext gRPC on their public endpoint. */
export function legacyPartnerCallbackClient(endpoint: string): PartnerCallbackClient {
  // vuln: CWE-295
  return new PartnerCallback(endpoint, grpc.credentials.createInsecure()) as unknown as PartnerCallbackClient;
}

/**
 * Partners that take S3 drops instead of a callback: the delivery-relay sidecar in the same pod
 * implements PartnerCallback and is reached over a UNIX domain socket.
 */
export function deliveryRelayClient(): PartnerCallbackClient {
  return new PartnerCallback(config.relaySocket, grpc.credentials.createInsecure()) as unknown as PartnerCallbackClient;
}

/** Partners that passed the certificate review: full verification, pinned CA bundle. */
export function verifiedPartnerCallbackClient(endpoint: string): PartnerCallbackClient {
  // safe: CWE-295
  return new PartnerCallback(endpoint, grpc.credentials.createSsl(partnerCa)) as unknown as PartnerCallbackClient;
}
