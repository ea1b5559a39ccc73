/**
 * Incremental scan cache: the outcome of analysing one file, content-addressed.
 *
 * The key covers everything the per-file analysis reads: the file's bytes, path and kind, the tool
 * build, the analyzer groups and rule set, the config, and the link input (summaries of the files it
 * imports). A callee edited in another file changes its summary, hence the importer's link input,
 * hence the importer's key: invalidation follows import edges without tracking them here.
 *
 * Entries are plain JSON files under `<dir>/v1/<2 hex>/<key>.json`, written atomically; the cache is
 * safe to delete. An entry that is unreadable, from another format or under the wrong key is ignored
 * (and counted for one notice), never trusted.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScanNotice } from '../findings/finding.js';
import type { VouchConfig } from '../config/schema.js';
import { allRules } from '../analyzers/registry.js';
import { VERSION } from '../version.js';
import type { DiscoveredFile } from './discover.js';
import type { FileResult } from '../analyzers/analyzer.js';
import type { FileOutcome } from './process-file.js';
import { CACHE_FORMAT as FORMAT, type CacheStore } from './cache-entry.js';

/** `$XDG_CACHE_HOME/vouch/scan`, else `~/.cache/vouch/scan`. */
export function defaultScanCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'vouch', 'scan');
}

/**
 * The compiled analysis code: the version number does not change while the code does (a local build,
 * a patched install), so the sizes and times of the modules that produce an outcome are part of the key.
 */
let buildStampMemo: string | undefined;
function buildStamp(): string {
  if (buildStampMemo) return buildStampMemo;
  const h = createHash('sha256').update(VERSION);
  // The bundle (scripts/bundle.mjs) carries a content hash of the code it was built from: no walk
  // over hundreds of modules at the start of every pre-commit scan.
  const bundled = (globalThis as { __vouchBuildStamp?: unknown }).__vouchBuildStamp;
  if (typeof bundled === 'string') {
    buildStampMemo = h.update(`bundle\0${bundled}`).digest('hex');
    return buildStampMemo;
  }
  const srcRoot = dirname(dirname(fileURLToPath(import.meta.url)));
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) {
        const s = statSync(p);
        h.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  for (const sub of ['analyzers', 'pipeline', 'findings', 'config']) walk(join(srcRoot, sub));
  buildStampMemo = h.digest('hex');
  return buildStampMemo;
}

export class ScanCache {
  private readonly base: string;
  /** Everything but the file and its link input, hashed once per scan. */
  private readonly scanKey: string;
  hits = 0;
  misses = 0;
  private rejected = 0;
  private writeError: string | undefined;

  constructor(dir: string, config: VouchConfig, groups: string[]) {
    this.base = join(dir, 'v1');
    const rules = allRules().map((r) => `${r.id}:${r.severity}:${r.confidence}`).sort();
    this.scanKey = createHash('sha256')
      .update(JSON.stringify([FORMAT, buildStamp(), [...groups].sort(), rules, config]))
      .digest('hex');
  }

  /** The key of one analysis; undefined when the file cannot be read (the analysis reports that). */
  keyFor(file: DiscoveredFile, linkInput: Record<string, unknown> | undefined): string | undefined {
    const content = this.contentHash(file);
    if (content === undefined) return undefined;
    return createHash('sha256')
      .update(this.scanKey)
      .update(`\0${file.path}\0${file.absPath}\0${file.kind}\0`)
      .update(content)
      .update(`\0${linkInput === undefined ? '' : JSON.stringify(linkInput)}`)
      .digest('hex');
  }

  /** Hash of a file's bytes (read once per scan); undefined when it cannot be read. */
  private readonly contentHashes = new Map<string, string | undefined>();
  private contentHash(file: DiscoveredFile): string | undefined {
    if (this.contentHashes.has(file.absPath)) return this.contentHashes.get(file.absPath);
    let hash: string | undefined;
    try {
      const bytes = file.content !== undefined ? Buffer.from(file.content, 'utf8') : readFileSync(file.absPath);
      hash = createHash('sha256').update(bytes).digest('hex');
    } catch {
      hash = undefined;
    }
    this.contentHashes.set(file.absPath, hash);
    return hash;
  }

  /**
   * The key of a whole scan's per-file outcomes: every discovered file (path, kind, bytes) and
   * everything the per-file key covers. An unchanged tree (no file added, removed or edited,
   * manifests and views included) gets the last scan's outcomes, link rounds done, in one read.
   */
  treeKey(files: DiscoveredFile[]): string | undefined {
    const h = createHash('sha256').update(this.scanKey).update('\0tree\0');
    for (const f of files) {
      const content = this.contentHash(f);
      if (content === undefined) return undefined;
      h.update(`${f.path}\0${f.absPath}\0${f.kind}\0${content}\n`);
    }
    return h.digest('hex');
  }

  /** The outcomes of an unchanged tree, and the results of its tree-only project analyzers (ProjectAnalyzer.treeOnly) by id. */
  getTree(key: string): { outcomes: FileOutcome[]; project: Record<string, FileResult> } | undefined {
    let text: string;
    try {
      text = readFileSync(join(this.base, 'tree', `${key}.json`), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as { format?: unknown; key?: unknown; outcomes?: FileOutcome[]; project?: Record<string, FileResult> };
      if (entry.format === FORMAT && entry.key === key && Array.isArray(entry.outcomes) && entry.outcomes.every((o) => o && typeof o.path === 'string' && Array.isArray(o.findings) && Array.isArray(o.notices) && o.facts && typeof o.facts === 'object')) {
        this.hits += entry.outcomes.length;
        // (A project result that is not one is not used: that analyzer runs again.)
        const project = Object.fromEntries(Object.entries(entry.project && typeof entry.project === 'object' ? entry.project : {}).filter(([, r]) => r && Array.isArray(r.findings) && Array.isArray(r.notices)));
        return { outcomes: entry.outcomes, project };
      }
    } catch {
      /* counted below */
    }
    this.rejected++;
    return undefined;
  }

  /** Remember a whole scan's outcomes; only the latest tree is kept (older ones are removed). */
  setTree(key: string, outcomes: FileOutcome[], project: Record<string, FileResult> = {}): void {
    if (this.writeError) return;
    const dir = join(this.base, 'tree');
    const file = join(dir, `${key}.json`);
    try {
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, JSON.stringify({ format: FORMAT, key, outcomes, project }));
      renameSync(tmp, file);
      for (const old of readdirSync(dir)) if (old !== `${key}.json` && old.endsWith('.json')) rmSync(join(dir, old), { force: true });
    } catch (err) {
      this.writeError = (err as NodeJS.ErrnoException).code ?? 'error';
    }
  }

  private pathOf(key: string): string {
    return join(this.base, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): FileOutcome | undefined {
    let text: string;
    try {
      text = readFileSync(this.pathOf(key), 'utf8');
    } catch {
      this.misses++;
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as { format?: unknown; key?: unknown; outcome?: FileOutcome };
      if (entry.format === FORMAT && entry.key === key && entry.outcome && Array.isArray(entry.outcome.findings) && Array.isArray(entry.outcome.notices)) {
        this.hits++;
        return entry.outcome;
      }
    } catch {
      /* counted below */
    }
    this.rejected++;
    this.misses++;
    return undefined;
  }

  /**
   * Where the outcome of an analysis under this key goes, for whoever runs it (the worker that
   * analysed the file, or the main thread: cache-entry.ts writeCacheEntry); undefined once the
   * cache could not be written.
   */
  storeFor(key: string): CacheStore | undefined {
    return this.writeError ? undefined : { file: this.pathOf(key), key };
  }

  /** A store (writeCacheEntry) failed with this error code: no more writes, one notice. */
  storeFailed(code: string | undefined): void {
    if (code) this.writeError ??= code;
  }

  /** Whole-scan notices: entries that could not be trusted, or a cache that could not be written. */
  notices(): ScanNotice[] {
    const out: ScanNotice[] = [];
    if (this.rejected > 0) out.push({ path: '.', level: 'warning', reason: `scan cache: ${this.rejected} corrupt or foreign entr${this.rejected === 1 ? 'y' : 'ies'} ignored (re-analysed)` });
    if (this.writeError) out.push({ path: '.', level: 'warning', reason: `scan cache: cannot write to ${this.base} (${this.writeError}); results were not cached` });
    return out;
  }
}
