/** The upload client: what `vouch upload` and `vouch scan --upload` send to a Vouch server. */
import { EXIT } from '../cli/exit-codes.js';

export class UploadError extends Error {
  /** 2 when the server refused the request (token, payload), 3 when it could not be reached or failed. */
  readonly exitCode: number;
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'UploadError';
    this.exitCode = status !== undefined && status >= 400 && status < 500 ? EXIT.usage : EXIT.incomplete;
  }
}

export interface UploadResult {
  id: string;
  duplicate: boolean;
}

export async function uploadScan(server: string, token: string | undefined, body: Record<string, unknown>, timeoutMs = 60_000): Promise<UploadResult> {
  let url: URL;
  try {
    url = new URL('api/v1/scans', server.endsWith('/') ? server : server + '/');
  } catch {
    throw new UploadError(`--server must be a URL such as http://127.0.0.1:7676, not '${server}'`, 400);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UploadError(`--server must be an http(s) URL, not '${server}'`, 400);
  if (!token) throw new UploadError('no upload token: pass --token or set VOUCH_TOKEN (create one with `vouch token create --scope upload`)', 401);
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new UploadError(`cannot reach ${url.origin}: ${cause?.code ?? cause?.message ?? (err as Error).message}`);
  }
  const text = await res.text();
  let json: { id?: string; duplicate?: boolean; message?: string } = {};
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    // not JSON: reported below with the status
  }
  if (!res.ok || typeof json.id !== 'string') {
    throw new UploadError(`${url.origin} refused the upload: ${res.status} ${json.message ?? text.slice(0, 200)}`, res.status);
  }
  return { id: json.id, duplicate: json.duplicate === true };
}
