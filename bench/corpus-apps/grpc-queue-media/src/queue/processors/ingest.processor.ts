import fs from 'node:fs';
import path from 'node:path';
import type { Job } from 'bullmq';
import { logger } from '../../logger';
import { extractArtwork, extractBundle } from '../../media/archive';
import { SCRATCH_ROOT } from '../../media/paths';
import { ingestService } from '../../services/ingest.service';
import { parseManifest, parseSidecar, type Sidecar } from '../../services/sidecar.service';
import type { IngestJob } from '../queues';

export interface IngestResult {
  files: Array<{ name: string; bytes: number }>;
  packageId?: string;
  sidecars: Sidecar[];
}

export async function processIngest(job: Job<IngestJob>): Promise<IngestResult> {
  const workDir = path.join(SCRATCH_ROOT, 'ingest', String(job.id));
  fs.mkdirSync(workDir, { recursive: true });

  const body = job.data.storageKey
    ? await ingestService.fetchFromStorage(job.data.storageKey)
    : (await ingestService.fetchRemote(String(job.data.sourceUrl))).body;
  await job.updateProgress(30);

  if (job.data.kind === 'artwork') {
    const files = extractArtwork(body, workDir);
    return { files: files.map((f) => ({ name: f.name, bytes: f.bytes })), sidecars: [] };
  }

  if (job.data.kind === 'single') {
    const target = path.join(workDir, 'source.bin');
    fs.writeFileSync(target, body);
    return { files: [{ name: 'source.bin', bytes: body.length }], sidecars: [] };
  }

  const files = extractBundle(body, workDir);
  const result: IngestResult = { files: files.map((f) => ({ name: f.name, bytes: f.bytes })), sidecars: [] };
  for (const file of files) {
    if (!file.name.toLowerCase().endsWith('.xml')) continue;
    const xml = fs.readFileSync(file.path, 'utf8');
    if (path.basename(file.name).toLowerCase() === 'manifest.xml') {
      result.packageId = parseManifest(xml).packageId;
    } else {
      result.sidecars.push(parseSidecar(xml));
    }
  }
  logger.info({ jobId: job.id, files: files.length, sidecars: result.sidecars.length }, 'bundle ingested');
  await job.updateProgress(100);
  return result;
}
