import { fetch } from 'undici';
import { config } from '../config';
import { invalid } from '../grpc/errors';

const MAX_BYTES = 2 * 1024 * 1024 * 1024;

async function readBody(res: Awaited<ReturnType<typeof fetch>>): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) throw invalid('remote file too large');
  return Buffer.from(await res.arrayBuffer());
}

export class IngestService {
  /** "Import from URL": the creator pastes a link to a file or a delivery bundle. */
  async fetchRemote(sourceUrl: string): Promise<{ body: Buffer; contentType: string }> {
    const url = new URL(sourceUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid('only http(s) URLs can be imported');
    // vuln: CWE-918
    const res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(120_000) });
    if (!res.ok) throw new Error(`remote answered ${res.status} ${await res.text()}`);
    return { body: await readBody(res), contentType: res.headers.get('content-type') ?? 'application/octet-stream' };
  }

  /** Objects already uploaded to our bucket, by key. */
  async fetchFromStorage(key: string): Promise<Buffer> {
    if (!/^\w[\w\-/.]{0,299}$/.test(key) || key.includes('..') || key.includes('//')) throw invalid('bad storage key');
    const url = new URL(key.split('/').map(encodeURIComponent).join('/'), config.storage.baseUrl);
    // safe: CWE-918
    const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
    if (!res.ok) throw new Error(`storage answered ${res.status}`);
    return readBody(res);
  }
}

export const ingestService = new IngestService();
