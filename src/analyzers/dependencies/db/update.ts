import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Ecosystem } from '../model.js';
import { AdvisoryDb, type ImportCounts } from './advisory-db.js';
import { readOsvSource, readOsvZip } from './osv-source.js';

/** OSV publishes one archive per ecosystem at `<base>/<ecosystem>/all.zip`. */
export const DEFAULT_OSV_URL = 'https://osv-vulnerabilities.storage.googleapis.com';

export interface UpdateResult { ecosystem: Ecosystem; url: string; bytes: number; ms: number; counts: ImportCounts; problems: string[] }

export class DbUpdateError extends Error {
  override name = 'DbUpdateError';
}

/** Download one ecosystem's archive to a temp file, then replace that ecosystem in the database. */
export async function updateEcosystem(options: { dbPath: string; ecosystem: Ecosystem; baseUrl?: string; timeoutMs?: number }): Promise<UpdateResult> {
  const started = Date.now();
  const base = (options.baseUrl ?? DEFAULT_OSV_URL).replace(/\/+$/, '');
  const url = `${base}/${encodeURIComponent(options.ecosystem)}/all.zip`;
  const dir = mkdtempSync(join(tmpdir(), 'vouch-osv-'));
  const file = join(dir, 'all.zip');
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 10 * 60_000), redirect: 'follow' });
    } catch (err) {
      throw new DbUpdateError(`cannot download ${url}: ${(err as Error).message}`);
    }
    if (!res.ok || !res.body) throw new DbUpdateError(`cannot download ${url}: HTTP ${res.status}`);
    try {
      await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), createWriteStream(file));
    } catch (err) {
      throw new DbUpdateError(`download of ${url} interrupted: ${(err as Error).message}`);
    }
    const bytes = statSync(file).size;
    let read;
    try {
      read = await readOsvZip(file);
    } catch (err) {
      throw new DbUpdateError(`${url}: ${(err as Error).message}`);
    }
    const db = AdvisoryDb.open(options.dbPath);
    try {
      const counts = db.importRecords(read.records, { replaceEcosystem: options.ecosystem, source: url });
      return { ecosystem: options.ecosystem, url, bytes, ms: Date.now() - started, counts, problems: read.problems };
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `vouch db import PATH` for air-gapped machines: same data, read from disk. */
export async function importFromPath(options: { dbPath: string; path: string }): Promise<{ counts: ImportCounts; problems: string[]; ms: number }> {
  const started = Date.now();
  const read = await readOsvSource(options.path);
  const db = AdvisoryDb.open(options.dbPath);
  try {
    const counts = db.importRecords(read.records, { source: options.path });
    return { counts, problems: read.problems, ms: Date.now() - started };
  } finally {
    db.close();
  }
}
