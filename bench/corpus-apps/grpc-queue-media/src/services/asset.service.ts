import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { config } from '../config';
import { assetDao, type AssetRow } from '../dao/asset.dao';
import { invalid, notFound } from '../grpc/errors';
import { issueDownloadToken } from '../grpc/auth';
import { partnerRoot, storagePath, SCRATCH_ROOT } from '../media/paths';
import * as imagemagick from '../media/imagemagick';
import { newShareCode } from '../util/tokens';

export interface AssetView {
  id: string;
  title: string;
  status: string;
  storage_key: string;
  duration_ms: string;
  created_at: string;
}

const GRAVITIES = new Set(['NorthWest', 'North', 'NorthEast', 'West', 'Center', 'East', 'SouthWest', 'South', 'SouthEast']);

function view(row: AssetRow): AssetView {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    storage_key: row.storage_key,
    duration_ms: row.duration_ms,
    created_at: row.created_at.toISOString(),
  };
}

function clampLimit(limit: number, max = 200): number {
  return Number.isInteger(limit) && limit > 0 ? Math.min(limit, max) : 50;
}

export class AssetService {
  async get(partnerId: string, id: string): Promise<AssetView> {
    const row = await assetDao.findById(partnerId, id);
    if (!row) throw notFound('asset');
    return view(row);
  }

  async search(partnerId: string, q: { text: string; status: string; limit: number }): Promise<AssetView[]> {
    const rows = await assetDao.search(partnerId, q.text.trim(), q.status || undefined, clampLimit(q.limit));
    return rows.map(view);
  }

  async searchTitles(partnerId: string, text: string): Promise<AssetView[]> {
    return (await assetDao.searchByTitle(partnerId, text, 50)).map(view);
  }

  async list(partnerId: string, req: { order_by: string; direction: string; page: number; page_size: number }): Promise<AssetView[]> {
    const orderBy = req.order_by || 'created_at';
    const direction = req.direction || 'DESC';
    const size = clampLimit(req.page_size, 100);
    const offset = Math.max(0, (req.page || 0) * size);
    return (await assetDao.list(partnerId, orderBy, direction, offset, size)).map(view);
  }

  /** Original as uploaded, addressed by its path inside the partner's folder. */
  openOriginal(partnerId: string, relativePath: string): Readable {
    const file = path.join(partnerRoot(partnerId), 'originals', relativePath);
    // vuln: CWE-22
    return fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  }

  async openRendition(partnerId: string, assetId: string, name: string): Promise<Readable> {
    const asset = await assetDao.findById(partnerId, assetId);
    if (!asset) throw notFound('asset');
    const rendition = await assetDao.findRendition(asset.id, name);
    if (!rendition) throw notFound('rendition');
    // safe: CWE-22
    return fs.createReadStream(storagePath(rendition.storage_key), { highWaterMark: 256 * 1024 });
  }

  async watermark(partnerId: string, assetId: string, text: string, gravity: string): Promise<AssetView> {
    const asset = await assetDao.findById(partnerId, assetId);
    if (!asset) throw notFound('asset');
    if (!GRAVITIES.has(gravity)) throw invalid('unknown gravity');
    if (text.length > 120) throw invalid('watermark text too long');
    const output = path.join(SCRATCH_ROOT, `${asset.id}-wm.jpg`);
    await imagemagick.watermark(storagePath(asset.storage_key), output, text, gravity);
    await assetDao.insertRendition(asset.id, 'watermarked', path.relative(config.mediaRoot, output), fs.statSync(output).size);
    return view(asset);
  }

  async resizePoster(partnerId: string, assetId: string, width: number, height: number): Promise<AssetView> {
    const asset = await assetDao.findById(partnerId, assetId);
    if (!asset) throw notFound('asset');
    if (!(width > 0 && width <= 4096 && height > 0 && height <= 4096)) throw invalid('bad size');
    const output = path.join(SCRATCH_ROOT, `${asset.id}-poster-${width}x${height}.jpg`);
    await imagemagick.resize(storagePath(asset.storage_key), output, width, height);
    return view(asset);
  }

  async share(partnerId: string, assetId: string, ttlHours: number) {
    const asset = await assetDao.findById(partnerId, assetId);
    if (!asset) throw notFound('asset');
    const code = newShareCode();
    const hours = Math.min(Math.max(ttlHours || 24, 1), 168);
    await assetDao.createShare(asset.id, code, new Date(Date.now() + hours * 3_600_000));
    const downloadToken = issueDownloadToken({ assetId: asset.id, partnerId, storageKey: asset.storage_key }, hours);
    return { code, url: `${config.gateway.publicBaseUrl}/s/${code}`, download_token: downloadToken };
  }
}

export const assetService = new AssetService();
