import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { normalizeName, type Ecosystem } from '../model.js';

/** What the supply-chain checks need to know about a package name. */
export interface PackageInfo {
  exists: boolean;
  /** ISO date of the first release. */
  createdAt?: string;
  /** Number of published versions. */
  versionCount?: number;
  latest?: string;
}

export type LookupResult = { ok: true; info: PackageInfo } | { ok: false; reason: string };

export interface RegistryClientOptions {
  npmUrl?: string;
  pypiUrl?: string;
  /** Folder for cached answers; undefined disables the cache. */
  cacheDir?: string;
  cacheTtlMs?: number;
  timeoutMs?: number;
  retries?: number;
  /** First retry delay; doubles each attempt. */
  backoffMs?: number;
  concurrency?: number;
  /** Responses larger than this are refused (npm documents for huge packages run to tens of MB). */
  maxResponseBytes?: number;
}

export const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org';
export const DEFAULT_PYPI_REGISTRY = 'https://pypi.org';

export function defaultCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'vouch', 'registry');
}

class RetryableError extends Error {}

/**
 * Registry metadata lookups with a file cache, a bound on parallel requests, per-request
 * timeouts and retries with exponential backoff. Only names are sent, never code.
 */
export class RegistryClient {
  private readonly o: Required<Omit<RegistryClientOptions, 'cacheDir'>> & { cacheDir?: string };
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly inFlight = new Map<string, Promise<LookupResult>>();
  /** Requests actually sent (cache hits excluded); useful to tests and progress output. */
  requests = 0;
  /** Consecutive lookups that failed on the network or with 5xx, per ecosystem: a down registry is not asked 100 times. */
  private readonly consecutiveFailures = new Map<Ecosystem, number>();
  static readonly FAILURES_BEFORE_GIVING_UP = 4;

  constructor(options: RegistryClientOptions = {}) {
    this.o = {
      npmUrl: (options.npmUrl ?? DEFAULT_NPM_REGISTRY).replace(/\/+$/, ''),
      pypiUrl: (options.pypiUrl ?? DEFAULT_PYPI_REGISTRY).replace(/\/+$/, ''),
      cacheDir: options.cacheDir,
      cacheTtlMs: options.cacheTtlMs ?? 24 * 3600_000,
      timeoutMs: options.timeoutMs ?? 10_000,
      retries: options.retries ?? 2,
      backoffMs: options.backoffMs ?? 250,
      concurrency: Math.max(1, options.concurrency ?? 8),
      maxResponseBytes: options.maxResponseBytes ?? 64 * 1024 * 1024,
    };
  }

  lookup(ecosystem: Ecosystem, name: string): Promise<LookupResult> {
    const key = `${ecosystem}:${normalizeName(ecosystem, name)}`;
    let p = this.inFlight.get(key);
    if (!p) {
      p = this.lookupUncached(ecosystem, name, key);
      this.inFlight.set(key, p);
    }
    return p;
  }

  private async lookupUncached(ecosystem: Ecosystem, name: string, key: string): Promise<LookupResult> {
    const cached = this.readCache(key);
    if (cached) return { ok: true, info: cached };
    await this.acquire();
    try {
      if ((this.consecutiveFailures.get(ecosystem) ?? 0) >= RegistryClient.FAILURES_BEFORE_GIVING_UP) {
        return { ok: false, reason: `${ecosystem} registry lookup of '${name}' skipped: the registry failed ${RegistryClient.FAILURES_BEFORE_GIVING_UP} lookups in a row` };
      }
      const result = await this.fetchWithRetries(ecosystem, name);
      if (result.ok) {
        this.consecutiveFailures.set(ecosystem, 0);
        this.writeCache(key, result.info);
      } else {
        this.consecutiveFailures.set(ecosystem, (this.consecutiveFailures.get(ecosystem) ?? 0) + 1);
      }
      return result;
    } finally {
      this.release();
    }
  }

  private url(ecosystem: Ecosystem, name: string): string {
    // Scoped npm names keep their '@' and encode the slash, as the registry expects.
    if (ecosystem === 'npm') return `${this.o.npmUrl}/${name.startsWith('@') ? '@' + encodeURIComponent(name.slice(1)) : encodeURIComponent(name)}`;
    return `${this.o.pypiUrl}/pypi/${encodeURIComponent(normalizeName('PyPI', name))}/json`;
  }

  private async fetchWithRetries(ecosystem: Ecosystem, name: string): Promise<LookupResult> {
    const url = this.url(ecosystem, name);
    let last = '';
    for (let attempt = 0; attempt <= this.o.retries; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, this.o.backoffMs * 2 ** (attempt - 1)));
      try {
        return await this.fetchOnce(ecosystem, url);
      } catch (err) {
        last = (err as Error).message;
        if (!(err instanceof RetryableError)) break;
      }
    }
    return { ok: false, reason: `${ecosystem} registry lookup of '${name}' failed: ${last}` };
  }

  private async fetchOnce(ecosystem: Ecosystem, url: string): Promise<LookupResult> {
    this.requests++;
    let res: Response;
    let body: string;
    try {
      res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(this.o.timeoutMs) });
      const declared = Number(res.headers.get('content-length') ?? '0');
      if (declared > this.o.maxResponseBytes) { await res.body?.cancel(); throw new Error(`response of ${declared} bytes is over the limit`); }
      body = await res.text();
    } catch (err) {
      const e = err as Error;
      if (e.message.includes('over the limit')) throw e;
      throw new RetryableError(e.name === 'TimeoutError' ? `timed out after ${this.o.timeoutMs} ms` : `network error (${e.message})`);
    }
    if (res.status === 404) return { ok: true, info: { exists: false } };
    if (res.status >= 500 || res.status === 429) throw new RetryableError(`HTTP ${res.status}`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    let doc: unknown;
    try {
      doc = JSON.parse(body);
    } catch {
      throw new Error('malformed JSON in the registry response');
    }
    if (!doc || typeof doc !== 'object') throw new Error('unexpected registry response');
    return { ok: true, info: ecosystem === 'npm' ? npmInfo(doc as NpmDoc) : pypiInfo(doc as PypiDoc) };
  }

  private acquire(): Promise<void> {
    if (this.active < this.o.concurrency) { this.active++; return Promise.resolve(); }
    return new Promise((resolve) => this.waiting.push(() => { this.active++; resolve(); }));
  }

  private release(): void {
    this.active--;
    this.waiting.shift()?.();
  }

  private cacheFile(key: string): string | undefined {
    if (!this.o.cacheDir) return undefined;
    return join(this.o.cacheDir, `${createHash('sha256').update(`${this.o.npmUrl}|${this.o.pypiUrl}|${key}`).digest('hex').slice(0, 32)}.json`);
  }

  private readCache(key: string): PackageInfo | undefined {
    const file = this.cacheFile(key);
    if (!file) return undefined;
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as { at: number; key: string; info: PackageInfo };
      if (entry.key !== key || Date.now() - entry.at > this.o.cacheTtlMs) return undefined;
      return entry.info;
    } catch {
      return undefined; // missing or damaged cache entries are simply refetched
    }
  }

  private writeCache(key: string, info: PackageInfo): void {
    const file = this.cacheFile(key);
    if (!file) return;
    try {
      mkdirSync(this.o.cacheDir!, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ at: Date.now(), key, info }));
      renameSync(tmp, file);
    } catch {
      // A read-only cache folder only costs speed.
    }
  }
}

interface NpmDoc { time?: Record<string, string>; versions?: Record<string, unknown>; 'dist-tags'?: { latest?: string } }
interface PypiDoc { info?: { version?: string }; releases?: Record<string, { upload_time_iso_8601?: string; upload_time?: string }[]> }

function npmInfo(doc: NpmDoc): PackageInfo {
  const versions = Object.keys(doc.versions ?? {});
  // A fully unpublished package keeps a stub with `time.unpublished` and no versions.
  if (versions.length === 0) return { exists: false };
  const created = doc.time?.created ?? Object.entries(doc.time ?? {}).filter(([k]) => k !== 'modified').map(([, v]) => v).sort()[0];
  return { exists: true, createdAt: created, versionCount: versions.length, latest: doc['dist-tags']?.latest };
}

function pypiInfo(doc: PypiDoc): PackageInfo {
  const releases = Object.entries(doc.releases ?? {}).filter(([, files]) => Array.isArray(files) && files.length > 0);
  const uploads = releases.flatMap(([, files]) => files.map((f) => f.upload_time_iso_8601 ?? f.upload_time).filter((t): t is string => typeof t === 'string')).sort();
  return { exists: true, createdAt: uploads[0], versionCount: releases.length || Object.keys(doc.releases ?? {}).length, latest: doc.info?.version };
}
