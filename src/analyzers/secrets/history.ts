/**
 * History mode: every blob reachable from any ref is scanned exactly once, however many
 * commits contain it; each secret is reported once, at the oldest commit that introduced it
 * at that path, with author and date, and marked `inHead` if HEAD still contains it.
 */
import type { RawFinding, ScanNotice } from '../../findings/finding.js';
import { spawn } from 'node:child_process';
import { findingsFromDetections } from './analyze.js';
import { scanStream } from './stream.js';
import { catFileBatch, git, repoTopLevel, verifyCommit } from './git.js';
import { parseSuppressions, suppressionFor } from '../../findings/suppressions.js';
import { detectionKind, type SecretsSettings } from './settings.js';

export interface HistoryOptions {
  /** Any directory inside the repository. */
  cwd: string;
  settings: SecretsSettings;
  /** Only commits not reachable from this ref (`--since REF`). */
  since?: string;
}

export interface HistoryStats {
  commits: number;
  blobs: number;
  blobsScanned: number;
  bytesScanned: number;
  skippedBinary: number;
  /** Blobs over `secrets.history.maxBlobSize`, scanned by streaming instead of in memory. */
  streamedLarge: number;
  durationMs: number;
}

export interface HistoryResult {
  root: string;
  findings: RawFinding[];
  notices: ScanNotice[];
  stats: HistoryStats;
}

interface CommitInfo { sha: string; author: string; date: string }
interface BlobUse { commit: CommitInfo; path: string }

const ZERO = '0'.repeat(40);

export async function scanHistory(opts: HistoryOptions): Promise<HistoryResult> {
  const started = Date.now();
  const root = await repoTopLevel(opts.cwd);
  const notices: ScanNotice[] = [];
  const settings = opts.settings;

  const shallow = await git(root, ['rev-parse', '--is-shallow-repository']);
  if (shallow.stdout.toString().trim() === 'true') {
    notices.push({ path: '.git', level: 'warning', analyzer: 'secrets', reason: 'shallow clone: commits before the shallow boundary were not scanned (fetch with --unshallow for full history)' });
  }

  const args = ['log', '--all', '--no-renames', '--raw', '--no-abbrev', '-z', '--diff-merges=first-parent', '--root',
    '--format=%x1e%H%x1f%an%x1f%aI'];
  if (opts.since) args.push('--not', await verifyCommit(root, opts.since));
  const log = await git(root, args);
  if (log.code !== 0) {
    const firstLine = log.stderr.split('\n').find((l) => l.trim()) ?? `git log exited with ${log.code}`;
    const noCommits = /does not have any commits|bad default revision/.test(log.stderr);
    if (!noCommits) notices.push({ path: '.git', level: 'error', analyzer: 'secrets', reason: `history incomplete: ${firstLine.trim()}` });
  }

  // blob → the commits/paths that introduced it, oldest last (git log lists newest first).
  const uses = new Map<string, BlobUse[]>();
  let commits = 0;
  for (const record of log.stdout.toString('utf8').split('\x1e')) {
    if (!record) continue;
    const headerEnd = record.indexOf('\0');
    const header = headerEnd >= 0 ? record.slice(0, headerEnd) : record.trimEnd();
    const [sha, author, date] = header.split('\x1f');
    if (!sha || sha.length !== 40) continue;
    commits++;
    const commit: CommitInfo = { sha, author: author ?? '', date: (date ?? '').trim() };
    if (headerEnd < 0) continue;
    const fields = record.slice(headerEnd + 1).replace(/^\n/, '').split('\0');
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const meta = fields[i]!;
      const path = fields[i + 1]!;
      if (!meta.startsWith(':')) { i--; continue; }
      const parts = meta.slice(1).split(' ');
      const newMode = parts[1];
      const blob = parts[3];
      if (!blob || blob === ZERO || newMode === '160000') continue; // deletions, submodules
      let list = uses.get(blob);
      if (!list) { list = []; uses.set(blob, list); }
      list.push({ commit, path });
    }
  }

  const headBlobs = new Set<string>();
  const head = await git(root, ['ls-tree', '-r', '-z', 'HEAD']);
  if (head.code === 0) {
    for (const entry of head.stdout.toString('utf8').split('\0')) {
      const m = /^\d+ blob ([0-9a-f]{40})\t/.exec(entry);
      if (m) headBlobs.add(m[1]!);
    }
  }

  // Sizes first (cheap), so huge blobs are never read into memory.
  const blobs = [...uses.keys()];
  const sizes = await git(root, ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], blobs.map((b) => `${b}\n`).join(''));
  const toRead: string[] = [];
  const large: string[] = [];
  for (const line of sizes.stdout.toString('utf8').split('\n')) {
    const [sha, type, size] = line.split(' ');
    if (!sha) continue;
    if (type === 'missing') {
      notices.push({ path: pathOf(uses, sha), level: 'error', analyzer: 'secrets', reason: `git object ${sha.slice(0, 12)} is missing or corrupt; skipped` });
      continue;
    }
    if (type !== 'blob') continue;
    if (Number(size) > settings.maxBlobSize) {
      large.push(sha); // streamed below, never held in memory whole
      continue;
    }
    toRead.push(sha);
  }

  const bySecret = new Map<string, RawFinding>();
  const inHeadSecrets = new Set<string>();
  let streamedBlobs = 0;
  /** Attributes a blob's findings to each path's oldest introducing commit (allow-listed paths excluded). */
  const record = (sha: string, list: BlobUse[], findingsAt: (path: string) => RawFinding[], sups?: ReturnType<typeof parseSuppressions>): void => {
    const introductions = new Map<string, BlobUse>();
    for (const use of list) if (!settings.isAllowedPath(use.path)) introductions.set(use.path, use);
    const inHead = headBlobs.has(sha);
    for (const introduced of introductions.values()) {
      for (const f of findingsAt(introduced.path)) {
        f.properties = { ...f.properties, commit: introduced.commit.sha, author: introduced.commit.author, date: introduced.commit.date, blob: sha };
        const sup = sups && suppressionFor(sups, f.ruleId, f.location.startLine);
        if (sup) f.properties.suppression = { reason: sup.reason, line: sup.line };
        const secretKey = `${f.ruleId}\0${f.fingerprintHint}`;
        if (inHead) inHeadSecrets.add(secretKey);
        const key = `${secretKey}\0${f.location.path}`;
        const seen = bySecret.get(key);
        // Keep the earliest introduction of the same secret at the same path.
        if (!seen || String(seen.properties?.date) > String(f.properties?.date)) bySecret.set(key, f);
      }
    }
  };
  let blobsScanned = 0;
  let bytesScanned = 0;
  let skippedBinary = 0;
  const batch = await catFileBatch(root, toRead, (blob) => {
    const list = uses.get(blob.sha);
    if (blob.missing || !blob.data || !list) {
      notices.push({ path: list ? pathOf(uses, blob.sha) : blob.sha, level: 'error', analyzer: 'secrets', reason: `git object ${blob.sha.slice(0, 12)} could not be read; skipped` });
      return;
    }
    if (blob.data.subarray(0, 8000).includes(0)) { skippedBinary++; return; }
    blobsScanned++;
    bytesScanned += blob.size;
    const text = blob.data.toString('utf8');
    const detections = settings.detector.detect(text, { kind: detectionKind(list[0]!.path) });
    if (detections.length === 0) return;
    // `vouch-ignore[secrets/…]: reason` in the committed file applies in history too.
    const sups = parseSuppressions(text.split('\n'));
    record(blob.sha, list, (path) => findingsFromDetections(text, detections, { path, salt: settings.salt }), sups);
  });
  // Blobs over the size limit are piped through the streaming scanner one at a time.
  for (const sha of large) {
    const list = uses.get(sha)!;
    const proc = spawn('git', ['cat-file', 'blob', sha], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
    const exited = new Promise<number>((done) => proc.on('close', (code) => done(code ?? 1)));
    const streamed = await scanStream(proc.stdout, list[0]!.path, settings);
    if ((await exited) !== 0) {
      notices.push({ path: pathOf(uses, sha), level: 'error', analyzer: 'secrets', reason: `git object ${sha.slice(0, 12)} could not be read; skipped` });
      continue;
    }
    if (streamed.notices.some((n) => n.level === 'skipped')) { skippedBinary++; continue; }
    streamedBlobs++;
    blobsScanned++;
    if (streamed.findings.length) record(sha, list, (path) => streamed.findings.map((f) => ({ ...f, location: { ...f.location, path } })));
  }
  if (batch.code !== 0) {
    notices.push({ path: '.git', level: 'error', analyzer: 'secrets', reason: `git cat-file failed: ${batch.stderr.split('\n')[0] ?? batch.code}` });
  }

  const findings: RawFinding[] = [...bySecret.values()].map((f) => ({
    ...f,
    message: `${f.message.replace(/\. Rotate it.*$/, '')} (committed in ${String(f.properties!.commit).slice(0, 12)} by ${f.properties!.author}, ${String(f.properties!.date).slice(0, 10)}${inHeadSecrets.has(`${f.ruleId}\0${f.fingerprintHint}`) ? '; still in HEAD' : '; removed since, but still in history'}). Rotate it: rewriting history does not un-leak it.`,
    properties: { ...(f.properties ?? {}), inHead: inHeadSecrets.has(`${f.ruleId}\0${f.fingerprintHint}`) } as Record<string, unknown>,
  }));
  findings.sort((a, b) => String(a.properties?.date).localeCompare(String(b.properties?.date)) || a.location.path.localeCompare(b.location.path) || a.location.startLine - b.location.startLine);
  return {
    root,
    findings,
    notices,
    stats: { commits, blobs: blobs.length, blobsScanned, bytesScanned, skippedBinary, streamedLarge: streamedBlobs, durationMs: Date.now() - started },
  };
}

function pathOf(uses: Map<string, BlobUse[]>, sha: string): string {
  const list = uses.get(sha);
  return list && list.length ? list[list.length - 1]!.path : sha;
}
