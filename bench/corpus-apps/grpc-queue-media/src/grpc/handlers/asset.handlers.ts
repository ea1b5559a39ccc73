import * as grpc from '@grpc/grpc-js';
import type { Readable } from 'node:stream';
import { verifyPartner } from '../auth';
import { toServiceError, invalid } from '../errors';
import { observedStream, observedUnary } from '../observe';
import { assetService, type AssetView } from '../../services/asset.service';
import { metadataService } from '../../services/metadata.service';

interface GetAssetRequest { id: string }
interface SearchAssetsRequest { text: string; status: string; limit: number }
interface ListAssetsRequest { order_by: string; direction: string; page: number; page_size: number }
interface DownloadOriginalRequest { path: string }
interface DownloadRenditionRequest { asset_id: string; rendition: string }
interface GetMetadataRequest { asset_id: string; preset: string; fields: string[] }
interface WatermarkRequest { asset_id: string; text: string; gravity: string }
interface ResizePosterRequest { asset_id: string; width: number; height: number }
interface CreateShareLinkRequest { asset_id: string; ttl_hours: number }
interface Chunk { data: Buffer }

function pipeChunks(source: Readable, call: grpc.ServerWritableStream<unknown, Chunk>): void {
  source.on('data', (data: Buffer) => call.write({ data }));
  source.on('end', () => call.end());
  source.on('error', (err) => call.destroy(Object.assign(new Error('read failed'), toServiceError(err))));
  call.on('cancelled', () => source.destroy());
}

export const assetHandlers = {
  getAsset: observedUnary<GetAssetRequest, AssetView>('GetAsset', async (call, callback) => {
    try {
      const partner = verifyPartner(call.metadata);
      callback(null, await assetService.get(partner.partnerId, call.request.id));
    } catch (err) {
      callback(toServiceError(err));
    }
  }),

  searchAssets: observedUnary<SearchAssetsRequest, { assets: AssetView[] }>('SearchAssets', async (call, callback) => {
    try {
      const partner = verifyPartner(call.metadata);
      const { text, status, limit } = call.request;
      const assets = await assetService.search(partner.partnerId, { text, status, limit });
      callback(null, { assets });
    } catch (err) {
      callback(toServiceError(err));
    }
  }),

  listAssets: observedUnary<ListAssetsRequest, { assets: AssetView[] }>('ListAssets', async (call, callback) => {
    try {
      const partner = verifyPartner(call.metadata);
      const assets = await assetService.list(partner.partnerId, call.request);
      callback(null, { assets });
    } catch (err) {
      callback(toServiceError(err));
    }
  }),

  downloadOriginal: observedStream<DownloadOriginalRequest, Chunk>('DownloadOriginal', (call) => {
    try {
      const partner = verifyPartner(call.metadata);
      if (!call.request.path) throw invalid('path is required');
      pipeChunks(assetService.openOriginal(partner.partnerId, call.request.path), call);
    } catch (err) {
      call.destroy(Object.assign(new Error('download failed'), toServiceError(err)));
    }
  }),

  downloadRendition: observedStream<DownloadRenditionRequest, Chunk>('DownloadRendition', async (call) => {
    try {
      const partner = verifyPartner(call.metadata);
      const stream = await assetService.openRendition(partner.partnerId, call.request.asset_id, call.request.rendition);
      pipeChunks(stream, call);
    } catch (err) {
      call.destroy(Object.assign(new Error('download failed'), toServiceError(err)));
    }
  }),

  getMetadata: observedUnary<GetMetadataRequest, { json: string }>('GetMetadata', async (call, callback) => {
    try {
      const partner = verifyPartner(call.metadata);
      const { asset_id, preset, fields } = call.request;
      const tags = fields.length > 0
        ? await metadataService.custom(partner.partnerId, asset_id, fields)
        : await metadataService.preset(partner.partnerId, asset_id, preset || 'technical');
      callback(null, { json: JSON.stringify(tags) });
    } catch (err) {
      callback(toServiceError(err));
    }
  }),

  applyWatermark: observedUnary<WatermarkRequest, AssetView>('ApplyWatermark', async (call, callback) => {
    try {
      const partner = verifyPartner(call.metadata);
      const { asset_id, text, gravity } = call.request;
      callback(null, await assetService.watermark(partner.partnerId, asset_id, text, gravity));
    } catch (err) {
      callback(toServiceError(err));
    }
  }),

  resizePoster: observedUnary<ResizePosterRequest, AssetView>('ResizePoster', async (call, callback) => {
    try {
      const partner = verifyPartner(call.metadata);
      const { asset_id, width, height } = call.request;
      callback(null, await assetService.resizePoster(partner.partnerId, asset_id, width, height));
    } catch (err) {
      callback(toServiceError(err));
    }
  }),

  createShareLink: observedUnary<CreateShareLinkRequest, { code: string; url: string; download_token: string }>(
    'CreateShareLink',
    async (call, callback) => {
      try {
        const partner = verifyPartner(call.metadata);
        callback(null, await assetService.share(partner.partnerId, call.request.asset_id, call.request.ttl_hours));
      } catch (err) {
        callback(toServiceError(err));
      }
    },
  ),
};
