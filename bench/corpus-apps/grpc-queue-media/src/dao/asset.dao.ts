import type { Pool } from 'pg';
import { pool } from './pool';

export interface AssetRow {
  id: string;
  partner_id: string;
  title: string;
  status: string;
  storage_key: string;
  duration_ms: string;
  created_at: Date;
}

export interface RenditionRow {
  asset_id: string;
  name: string;
  storage_key: string;
  bytes: string;
}

const COLUMNS = 'id, partner_id, title, status, storage_key, duration_ms, created_at';

const RENDITION_ORDER: Record<string, string> = {
  name: 'name',
  size: 'bytes',
  created: 'created_at',
};

export class AssetDao {
  constructor(private readonly db: Pool) {}

  async findById(partnerId: string, id: string): Promise<AssetRow | null> {
    const { rows } = await this.db.query<AssetRow>(
      `SELECT ${COLUMNS} FROM assets WHERE id = $1 AND partner_id = $2`,
      [id, partnerId],
    );
    return rows[0] ?? null;
  }

  async search(partnerId: string, text: string, status: string | undefined, limit: number): Promise<AssetRow[]> {
    const params: unknown[] = [partnerId, limit];
    let sql = `SELECT ${COLUMNS} FROM assets WHERE partner_id = $1`;
    if (status) {
      params.push(status);
      sql += ` AND status = $${params.length}`;
    }
    if (text) {
      sql += ` AND (title ILIKE '%${text}%' OR external_ref = '${text}')`;
    }
    sql += ' ORDER BY created_at DESC LIMIT $2';
    // vuln: CWE-89
    const { rows } = await this.db.query<AssetRow>(sql, params);
    return rows;
  }

  async searchByTitle(partnerId: string, text: string, limit: number): Promise<AssetRow[]> {
    // safe: CWE-89
    const { rows } = await this.db.query<AssetRow>(
      `SELECT ${COLUMNS} FROM assets WHERE partner_id = $1 AND title ILIKE '%' || $2 || '%' ORDER BY created_at DESC LIMIT $3`,
      [partnerId, text, limit],
    );
    return rows;
  }

  async list(partnerId: string, orderBy: string, direction: string, offset: number, limit: number): Promise<AssetRow[]> {
    const sql = `SELECT ${COLUMNS} FROM assets WHERE partner_id = $1 ORDER BY ${orderBy} ${direction} OFFSET $2 LIMIT $3`;
    // vuln: CWE-89
    const { rows } = await this.db.query<AssetRow>(sql, [partnerId, offset, limit]);
    return rows;
  }

  async renditions(assetId: string, sort: string): Promise<RenditionRow[]> {
    const column = RENDITION_ORDER[sort] ?? 'name';
    // safe: CWE-89
    const { rows } = await this.db.query<RenditionRow>(
      `SELECT asset_id, name, storage_key, bytes FROM renditions WHERE asset_id = $1 ORDER BY ${column}`,
      [assetId],
    );
    return rows;
  }

  async findRendition(assetId: string, name: string): Promise<RenditionRow | null> {
    const { rows } = await this.db.query<RenditionRow>(
      'SELECT asset_id, name, storage_key, bytes FROM renditions WHERE asset_id = $1 AND name = $2',
      [assetId, name],
    );
    return rows[0] ?? null;
  }

  async insertRendition(assetId: string, name: string, storageKey: string, bytes: number): Promise<void> {
    await this.db.query(
      `INSERT INTO renditions (asset_id, name, storage_key, bytes) VALUES ($1, $2, $3, $4)
       ON CONFLICT (asset_id, name) DO UPDATE SET storage_key = EXCLUDED.storage_key, bytes = EXCLUDED.bytes`,
      [assetId, name, storageKey, bytes],
    );
  }

  async findShare(code: string): Promise<{ storage_key: string; title: string } | null> {
    const { rows } = await this.db.query<{ storage_key: string; title: string }>(
      `SELECT a.storage_key, a.title FROM share_links s JOIN assets a ON a.id = s.asset_id
       WHERE s.code = $1 AND s.expires_at > now()`,
      [code],
    );
    return rows[0] ?? null;
  }

  async createShare(assetId: string, code: string, expiresAt: Date): Promise<void> {
    await this.db.query('INSERT INTO share_links (code, asset_id, expires_at) VALUES ($1, $2, $3)', [code, assetId, expiresAt]);
  }
}

export const assetDao = new AssetDao(pool);
