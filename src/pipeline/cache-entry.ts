/**
 * One entry of the scan cache (cache.ts): where it lives and how it is written. Kept apart from the
 * cache itself so a worker thread can store the outcome of the file it just analysed (writing a
 * thousand small files was most of the main thread's time in a first scan with the cache on)
 * without loading the rule registry.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FileOutcome } from './process-file.js';

export const CACHE_FORMAT = 'vouch-scan-cache/1';

/** Where and under which key to store one analysis' outcome. */
export interface CacheStore {
  file: string;
  key: string;
}

/** Writes the entry atomically (a reader sees the old entry or the whole new one); the error code when it cannot. */
export function writeCacheEntry(store: CacheStore, outcome: FileOutcome): string | undefined {
  try {
    mkdirSync(dirname(store.file), { recursive: true });
    const tmp = `${store.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify({ format: CACHE_FORMAT, key: store.key, outcome }));
    renameSync(tmp, store.file);
    return undefined;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code ?? 'error';
  }
}
