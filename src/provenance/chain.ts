import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Append-only JSON Lines files whose records are chained by SHA-256: each record carries the
 * hash of the one before (`prevHash`) and its own (`hash`, over the canonical JSON of everything
 * else). Editing, deleting or reordering a committed record breaks the chain, which `verifyChain`
 * reports. The files live in the repository, so they survive a clone.
 */
export const GENESIS = '0'.repeat(64);

export interface Chained {
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted at every level, so the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return '[' + value.map((v) => canonicalJson(v === undefined ? null : v)).join(',') + ']';
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(obj[k])).join(',') + '}';
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

export function recordHash(record: object): string {
  const { hash: _hash, ...rest } = record as Record<string, unknown>;
  return sha256(canonicalJson(rest));
}

export interface ChainRead<T> {
  records: (T & Chained)[];
  /** Broken links, bad hashes and unparsable lines, each with its 1-based line number. */
  problems: { line: number; reason: string }[];
}

export function readChain<T>(file: string): ChainRead<T> {
  const records: (T & Chained)[] = [];
  const problems: { line: number; reason: string }[] = [];
  if (!existsSync(file)) return { records, problems };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { records, problems: [{ line: 0, reason: `unreadable (${(err as NodeJS.ErrnoException).code ?? 'error'})` }] };
  }
  let prev = GENESIS;
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let rec: T & Chained;
    try {
      rec = JSON.parse(line) as T & Chained;
    } catch {
      problems.push({ line: i + 1, reason: 'not valid JSON' });
      return;
    }
    if (typeof rec !== 'object' || rec === null || typeof rec.hash !== 'string' || typeof rec.prevHash !== 'string') {
      problems.push({ line: i + 1, reason: 'record has no hash/prevHash' });
      return;
    }
    if (rec.prevHash !== prev) problems.push({ line: i + 1, reason: 'prevHash does not match the previous record (a record was removed, reordered or inserted)' });
    if (recordHash(rec) !== rec.hash) problems.push({ line: i + 1, reason: 'hash does not match the record content (the record was edited)' });
    prev = rec.hash;
    records.push(rec);
  });
  return { records, problems };
}

function withLock<R>(file: string, fn: () => R): R {
  const lock = file + '.lock';
  const deadline = Date.now() + 5000;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || Date.now() > deadline) throw new Error(`cannot lock ${file}: another vouch process holds ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }
  try {
    return fn();
  } finally {
    try { unlinkSync(lock); } catch { /* already gone */ }
  }
}

/** Append one record, linking it to the last one; returns the stored record. */
export function appendChained<T extends object>(file: string, record: T): T & Chained {
  mkdirSync(dirname(file), { recursive: true });
  return withLock(file, () => {
    const { records } = readChain<T>(file);
    const prevHash = records.length ? records[records.length - 1]!.hash : GENESIS;
    const withPrev = { ...record, prevHash } as T & Chained;
    withPrev.hash = recordHash(withPrev);
    appendFileSync(file, JSON.stringify(withPrev) + '\n');
    return withPrev;
  });
}
