import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Finding, Origin, OriginKind, ScanNotice } from '../findings/finding.js';
import type { VouchConfig } from '../config/schema.js';
import { compileTools, type CompiledTool } from './ai-tools.js';
import { readAgentTraces, type TraceRangeRecord } from './agent-trace.js';
import { blameFile, blameFiles, mergeRanges, UNCOMMITTED, type BlameLine, type BlameResult } from './blame.js';
import { sha256 } from './chain.js';
import { readCommits, type CommitProvenance } from './commits.js';
import { provenanceConfig, type ProvenanceConfig } from './config.js';
import { readGitAiNotes, type GitAiNote } from './git-ai-notes.js';
import { headCommit, repoTopLevel, runGit, shallowCommits } from './git.js';
import { locateRange, readLedger, type LedgerEntry } from './ledger.js';
import { scanMarkers } from './markers.js';
import { replayBlame } from './replay.js';
import { isManifest } from '../policy/dependencies.js';
import { readReviews, reviewerLabel, reviewsCovering, type ReviewRecord } from './reviews.js';

/** The origin of one line, with everything that led to it. */
export interface LineOrigin extends Origin {
  line: number;
  kind: OriginKind;
  evidence: string[];
  /** Commit that last changed the line (absent when uncommitted or outside git). */
  commit?: string;
  /** When the line was written, as best known (ledger, trace, marker date, author time). ISO 8601. */
  at?: string;
  /** Reviewers who signed off (REVIEWED markers and review records). */
  reviewers?: string[];
  /** Whitespace-only line: not counted in shares. */
  blank?: boolean;
  /** Not attributed in this run (outside `onlyLines`): not counted in shares. */
  outside?: boolean;
}

export interface FileProvenance {
  /** Relative to the scan root, forward slashes. */
  path: string;
  /** Relative to the repository top level (what git, notes and the ledger use). */
  repoPath: string;
  sha256: string;
  lines: LineOrigin[];
  /** Non-blank lines by origin. */
  counts: Record<OriginKind, number>;
  /** AI lines / non-blank lines, 0..1. */
  aiShare: number;
  tools: string[];
  models: string[];
  /** Every AI-written line is reviewed (true when there are none). */
  reviewed: boolean;
  /** Kept only for dependency manifests, which the policy reads; never serialised into reports. */
  text?: string;
}

export interface ProvenanceReport {
  /** Repository top level, or undefined outside git. */
  top?: string;
  head?: string;
  files: FileProvenance[];
  notices: ScanNotice[];
  reviews: ReviewRecord[];
  /** Set by attachOrigins: how many findings came from each origin. */
  findingsByOrigin?: Record<OriginKind, number>;
}

export interface AttributeOptions {
  /** Blame at this revision instead of the working tree (for commit ranges). */
  rev?: string;
  /** File content to use instead of reading the working tree (staged blobs). */
  contents?: Map<string, string>;
  /**
   * Attribute only these lines of a file (root-relative path → line numbers), e.g. the change and
   * the findings in a pre-commit scan: `git blame -L` then stops as soon as they are explained.
   * Other lines of such a file are left out of its counts.
   */
  onlyLines?: Map<string, Set<number>>;
  /** Blame already computed (by `buildProvenanceAsync`), keyed by path relative to the repository top level. */
  blames?: Map<string, BlameResult>;
  /**
   * Lines of a `contents` file known to differ from HEAD (the staged change, root-relative path →
   * line numbers): git blame would call them not committed yet, so they are not blamed (a pre-commit
   * scan whose findings all lie in the change runs no blame at all).
   */
  uncommitted?: Map<string, Set<number>>;
}

const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** From this many files on, whole-tree commands replay history once instead of blaming each file. */
export const REPLAY_MIN_FILES = 20;

/** Loaded once per scan: everything that is per repository rather than per file. */
interface RepoEvidence {
  top?: string;
  /** Shallow-clone boundary commits: lines blamed on them may be older. */
  shallow: Set<string>;
  tools: CompiledTool[];
  cfg: ProvenanceConfig;
  traces: TraceRangeRecord[];
  ledger: (LedgerEntry & { hash: string })[];
  reviews: ReviewRecord[];
  notices: ScanNotice[];
}

function toPosix(p: string): string {
  return p.split('\\').join('/');
}

function loadRepoEvidence(root: string, config: VouchConfig): RepoEvidence {
  const cfg = provenanceConfig(config);
  const top = repoTopLevel(root);
  const notices: ScanNotice[] = [];
  const base = top ?? root;
  if (!top) notices.push({ path: '.', level: 'skipped', analyzer: 'provenance', reason: 'not a git repository: commit history, blame and notes are unavailable; provenance comes from comment markers, the ledger and Agent Trace files only' });
  const shallow = top ? shallowCommits(top) : new Set<string>();
  if (shallow.size > 0) notices.push({ path: '.', level: 'skipped', analyzer: 'provenance', reason: 'shallow clone: lines older than the clone depth are attributed to the boundary commit and reported as unknown; fetch full history (git fetch --unshallow) for complete provenance' });
  const ev: RepoEvidence = { top, shallow, tools: compileTools(cfg.tools), cfg, traces: [], ledger: [], reviews: [], notices };
  if (cfg.agentTrace) {
    const t = readAgentTraces(base);
    ev.traces = t.ranges;
    for (const p of t.problems) notices.push({ path: '.agent-trace', level: 'skipped', analyzer: 'provenance', reason: p });
  }
  if (cfg.ledger) {
    const l = readLedger(base);
    ev.ledger = l.records;
    for (const p of l.problems) notices.push({ path: '.vouch/ledger.jsonl', level: 'error', analyzer: 'provenance', reason: `line ${p.line}: ${p.reason}` });
  }
  const r = readReviews(base);
  ev.reviews = r.records;
  for (const p of r.problems) notices.push({ path: '.vouch/reviews.jsonl', level: 'error', analyzer: 'provenance', reason: `line ${p.line}: ${p.reason}` });
  return ev;
}

interface FileInput {
  path: string;
  repoPath: string;
  text?: string;
  blame: BlameLine[];
  only?: Set<number>;
}

function readText(abs: string, path: string, notices: ScanNotice[]): string | undefined {
  try {
    const st = statSync(abs);
    if (!st.isFile()) return undefined;
    if (st.size > MAX_FILE_BYTES) {
      notices.push({ path, level: 'skipped', analyzer: 'provenance', reason: 'larger than 4 MB: provenance not computed' });
      return undefined;
    }
    const buf = readFileSync(abs);
    if (buf.includes(0)) {
      notices.push({ path, level: 'skipped', analyzer: 'provenance', reason: 'binary file: provenance not computed' });
      return undefined;
    }
    return buf.toString('utf8');
  } catch {
    notices.push({ path, level: 'skipped', analyzer: 'provenance', reason: 'unreadable: provenance not computed' });
    return undefined;
  }
}

/**
 * Attribute every line of the given files (paths relative to `root`) to ai / human / unknown,
 * joining `git blame` with commit metadata, git-ai notes, Agent Trace records, Vouch's ledger,
 * comment markers and the review trail. One blame per file, one `git log` for all commits.
 */
export function buildProvenance(root: string, paths: string[], config: VouchConfig, options: AttributeOptions = {}): ProvenanceReport {
  const absRoot = resolve(root);
  const ev = loadRepoEvidence(absRoot, config);
  const report: ProvenanceReport = { top: ev.top, head: ev.top ? headCommit(ev.top) : undefined, files: [], notices: ev.notices, reviews: ev.reviews };
  if (!ev.cfg.enabled) return report;
  const base = ev.top ?? absRoot;

  const inputs: FileInput[] = [];
  for (const p of [...new Set(paths)]) {
    const abs = isAbsolute(p) ? p : join(absRoot, p);
    const path = toPosix(relative(absRoot, abs));
    const repoPath = toPosix(relative(base, abs));
    // At a revision (end of a commit range) the lines are that revision's, not the working tree's.
    const atRev = options.rev && ev.top ? runGit(ev.top, ['show', `${options.rev}:${repoPath}`]) : undefined;
    const text = options.contents?.get(path) ?? (atRev ? (atRev.ok ? atRev.stdout : undefined) : readText(abs, path, report.notices));
    let blame: BlameLine[] = [];
    if (ev.top && text !== undefined && (ev.cfg.commits || ev.cfg.gitAiNotes)) {
      // Staged content is blamed as given (`--contents -`), so line numbers match what is scanned.
      const given = options.blames?.get(repoPath);
      const lineCount = text.split(/\r?\n/).length - (text.endsWith('\n') ? 1 : 0);
      // A precomputed blame that does not fit the file (replay declined it) is redone by git blame.
      const only = options.onlyLines?.get(path);
      const known = only && options.contents?.has(path) ? options.uncommitted?.get(path) : undefined;
      const rest = only && known ? new Set([...only].filter((l) => !known.has(l))) : only;
      const useGiven = given && (given.error || given.lines.length === lineCount);
      const b = useGiven ? given
        : rest && rest.size === 0 ? { lines: [] }
          : blameFile(ev.top, repoPath, options.rev, options.contents?.get(path), rest ? mergeRanges(rest, lineCount) : undefined);
      blame = b.lines;
      if (known && !useGiven) {
        for (const l of only!) if (known.has(l) && l <= lineCount) blame.push({ line: l, commit: UNCOMMITTED, origLine: l, origPath: repoPath, boundary: false });
      }
      for (const l of blame) if (ev.shallow.has(l.commit)) l.boundary = true;
    }
    inputs.push({ path, repoPath, text, blame, only: options.onlyLines?.get(path) });
  }

  const commitIds = new Set<string>();
  for (const f of inputs) for (const b of f.blame) if (b.commit !== UNCOMMITTED) commitIds.add(b.commit);
  const commits: Map<string, CommitProvenance> = ev.top && ev.cfg.commits ? readCommits(ev.top, [...commitIds], ev.tools) : new Map();
  let notes = new Map<string, GitAiNote>();
  if (ev.top && ev.cfg.gitAiNotes) {
    const n = readGitAiNotes(ev.top, commitIds);
    notes = n.notes;
    for (const p of n.problems) report.notices.push({ path: 'refs/notes/ai', level: 'skipped', analyzer: 'provenance', reason: p });
  }

  for (const f of inputs) {
    if (f.text === undefined) continue;
    report.files.push(attributeOne(f, f.text, ev, commits, notes));
  }
  return report;
}

function attributeOne(f: FileInput, text: string, ev: RepoEvidence, commits: Map<string, CommitProvenance>, notes: Map<string, GitAiNote>): FileProvenance {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const fileHash = sha256(text);
  const blameByLine = new Map<number, BlameLine>();
  for (const b of f.blame) blameByLine.set(b.line, b);

  // Explicit evidence by line (0-based), kept only for the lines that have some: files with
  // findings can be generated bundles of tens of thousands of lines.
  const ai = new Map<number, { tool?: string; model?: string; evidence: string; at?: string }[]>();
  const human = new Map<number, string[]>();
  const reviewedBy = new Map<number, string[]>();
  const listAt = <T>(m: Map<number, T[]>, i: number): T[] => {
    let list = m.get(i);
    if (!list) m.set(i, (list = []));
    return list;
  };
  const addAi = (line: number, e: { tool?: string; model?: string; evidence: string; at?: string }) => {
    if (line >= 1 && line <= lines.length) listAt(ai, line - 1).push(e);
  };

  if (ev.cfg.ledger) {
    for (const entry of ev.ledger) {
      if (entry.file !== f.repoPath) continue;
      entry.ranges.forEach(([s, e], i) => {
        const at = locateRange(lines, s, e, entry.rangeHashes[i] ?? '');
        if (!at) return;
        for (let l = at[0]; l <= at[1]; l++) addAi(l, { tool: entry.tool, model: entry.model, at: entry.at, evidence: `Vouch ledger record ${entry.hash.slice(0, 8)} (${entry.tool}, ${entry.at.slice(0, 10)})` });
      });
    }
  }

  for (const t of ev.traces) {
    if (t.path !== f.repoPath) continue;
    const apply = (l: number) => {
      if (t.kind === 'ai') addAi(l, { tool: t.tool, model: t.model, at: t.timestamp, evidence: `Agent Trace ${t.source}${t.model ? ` (${t.model})` : ''}` });
      else if (t.kind === 'human' && l >= 1 && l <= lines.length) listAt(human, l - 1).push(`Agent Trace ${t.source}: human`);
    };
    if (!t.revision) {
      for (let l = t.start; l <= Math.min(t.end, lines.length); l++) apply(l);
    } else {
      // Line numbers are those of the recorded revision: follow blame back to it.
      for (const b of f.blame) if (b.commit.startsWith(t.revision) && b.origLine >= t.start && b.origLine <= t.end) apply(b.line);
    }
  }

  for (const b of f.blame) {
    const note = notes.get(b.commit);
    if (!note) continue;
    const att = note.attestations.filter((a) => a.path === b.origPath);
    const hit = att.find((a) => a.ranges.some(([s, e]) => b.origLine >= s && b.origLine <= e));
    if (hit) addAi(b.line, { tool: hit.tool, model: hit.model, at: commits.get(b.commit)?.authorTime, evidence: `git-ai note on ${b.commit.slice(0, 7)} (session ${hit.session.slice(0, 8)})` });
    else listAt(human, b.line - 1).push(`git-ai note on ${b.commit.slice(0, 7)} lists this line as human-written`);
  }

  if (ev.cfg.markers) {
    const { spans } = scanMarkers(text);
    for (const s of spans) {
      for (let l = s.start; l <= Math.min(s.end, lines.length); l++) {
        if (s.kind === 'ai') addAi(l, { tool: s.tool, model: s.model, at: s.date, evidence: `AI-GENERATED marker at line ${s.markerLine}${s.tool ? ` (${s.tool})` : ''}` });
        else listAt(reviewedBy, l - 1).push(`${s.reviewer ?? 'unnamed reviewer'} (REVIEWED marker at line ${s.markerLine})`);
      }
    }
  }

  const origins: LineOrigin[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const o: LineOrigin = { line: i + 1, kind: 'unknown', evidence: [] };
    origins[i] = o;
    const b = blameByLine.get(i + 1);
    const c = b && b.commit !== UNCOMMITTED ? commits.get(b.commit) : undefined;
    if (b && b.commit !== UNCOMMITTED) o.commit = b.commit;
    const aiEv = ai.get(i) ?? [];
    if (c?.ai && !b?.boundary) aiEv.push({ tool: c.tool, model: c.model, at: c.authorTime, evidence: c.evidence.join('; ') });
    const humanEv = human.get(i);
    if (aiEv.length > 0) {
      o.kind = 'ai';
      o.tool = aiEv.find((e) => e.tool)?.tool;
      o.model = aiEv.find((e) => e.model)?.model;
      o.at = aiEv.find((e) => e.at)?.at;
      o.evidence = [...new Set(aiEv.map((e) => e.evidence))];
    } else if (humanEv) {
      o.kind = 'human';
      o.evidence = humanEv;
      o.at = c?.authorTime;
    } else if (b?.boundary) {
      o.kind = 'unknown';
      o.evidence = [`shallow clone: history before ${b.commit.slice(0, 7)} is missing`];
    } else if (c) {
      o.kind = 'human';
      o.at = c.authorTime;
      o.evidence = [`commit ${c.commit.slice(0, 7)} by ${c.authorName} carries no AI signal`];
    } else {
      o.evidence = [b ? 'not committed yet and no AI marker' : 'no git history and no AI marker'];
    }
    if (o.kind === 'ai') {
      const covering = reviewsCovering(ev.reviews, f.repoPath, fileHash, o.commit).map((r) => `${reviewerLabel(r.reviewer)} (review ${r.hash.slice(0, 8)})`);
      const all = [...(reviewedBy.get(i) ?? []), ...covering];
      o.reviewed = all.length > 0;
      if (all.length) o.reviewers = [...new Set(all)];
    }
  }
  if (f.only) for (const o of origins) if (!f.only.has(o.line)) o.outside = true;
  const summary = summarise(f.path, f.repoPath, fileHash, lines, origins);
  if (isManifest(f.path)) summary.text = text;
  return summary;
}

function summarise(path: string, repoPath: string, fileHash: string, lines: string[], origins: LineOrigin[]): FileProvenance {
  const counts: Record<OriginKind, number> = { ai: 0, human: 0, unknown: 0 };
  const tools = new Set<string>();
  const models = new Set<string>();
  let reviewed = true;
  for (const o of origins) {
    if (lines[o.line - 1]!.trim() === '') {
      o.blank = true;
      continue;
    }
    if (o.outside) continue;
    counts[o.kind]++;
    if (o.kind === 'ai') {
      if (o.tool) tools.add(o.tool);
      if (o.model) models.add(o.model);
      if (!o.reviewed) reviewed = false;
    }
  }
  const nonBlank = counts.ai + counts.human + counts.unknown;
  return { path, repoPath, sha256: fileHash, lines: origins, counts, aiShare: nonBlank ? counts.ai / nonBlank : 0, tools: [...tools], models: [...models], reviewed };
}

/** The same as buildProvenance, with the per-file blames run a few at a time in parallel. */
export async function buildProvenanceAsync(root: string, paths: string[], config: VouchConfig, options: AttributeOptions = {}): Promise<ProvenanceReport> {
  const absRoot = resolve(root);
  const top = repoTopLevel(absRoot);
  const cfg = provenanceConfig(config);
  // Staged contents and line-limited runs need per-file `git blame --contents/-L`: stay sequential.
  if (top && cfg.enabled && (cfg.commits || cfg.gitAiNotes) && paths.length > 1 && !options.contents && !options.onlyLines) {
    const repoPaths = paths.map((p) => toPosix(relative(top, isAbsolute(p) ? p : join(absRoot, p))));
    // Files git does not track (new, or ignored) have no history: no blame, no replay for them.
    const untracked = options.rev ? new Set<string>() : untrackedPaths(top, repoPaths);
    const inHistory = untracked.size ? repoPaths.filter((p) => !untracked.has(p)) : repoPaths;
    // Many files at HEAD: one replay of the history beats one history walk per file.
    const replayed = !options.rev && inHistory.length >= REPLAY_MIN_FILES ? await replayBlame(top, inHistory) : undefined;
    const rest = replayed ? inHistory.filter((p) => !replayed.has(p)) : inHistory;
    const blames = await blameFiles(top, rest, options.rev);
    for (const p of untracked) blames.set(p, { lines: [], error: 'not tracked by git' });
    for (const [p, lines] of replayed ?? []) blames.set(p, { lines });
    return buildProvenance(root, paths, config, { ...options, blames });
  }
  return buildProvenance(root, paths, config, options);
}

/** Of these repository paths, those git does not track (one `git ls-files`; none when it fails). */
function untrackedPaths(top: string, repoPaths: string[]): Set<string> {
  // Many paths: list the whole index rather than pass thousands of pathspecs on the command line.
  const specs = repoPaths.length <= 500 ? ['--', ...repoPaths.map((p) => `:(literal)${p}`)] : [];
  const r = runGit(top, ['ls-files', '-z', ...specs]);
  if (!r.ok) return new Set();
  const tracked = new Set(r.stdout.split('\0'));
  return new Set(repoPaths.filter((p) => !tracked.has(p)));
}

/** Per design: path → origin of each line. */
export function attributeFiles(root: string, paths: string[], config: VouchConfig, options: AttributeOptions = {}): Map<string, LineOrigin[]> {
  const report = buildProvenance(root, paths, config, options);
  return new Map(report.files.map((f) => [f.path, f.lines]));
}

/** The origin of a span: AI if any line in it is AI-written, else the first line's origin. */
export function originOfSpan(file: FileProvenance | undefined, start: number, end: number): Origin | undefined {
  if (!file) return undefined;
  const span = file.lines.slice(Math.max(0, start - 1), Math.max(start, end));
  const pick = span.find((o) => o.kind === 'ai') ?? span.find((o) => o.kind === 'human') ?? span[0];
  if (!pick) return undefined;
  const origin: Origin = { kind: pick.kind, evidence: pick.evidence };
  if (pick.tool) origin.tool = pick.tool;
  if (pick.model) origin.model = pick.model;
  if (pick.kind === 'ai') origin.reviewed = span.filter((o) => o.kind === 'ai').every((o) => o.reviewed);
  return origin;
}

/**
 * Called by the scan pipeline after fingerprinting and before the gate: sets `Finding.origin`
 * on every finding. Only files with findings (plus `extraPaths`, e.g. the diff) are blamed, so
 * a scan without findings costs one `git rev-parse`.
 */
export function attachOrigins(findings: Finding[], root: string, config: VouchConfig, options: AttributeOptions & { extraPaths?: string[] } = {}): ProvenanceReport {
  const paths = new Set<string>(findings.map((f) => f.location.path));
  for (const p of options.extraPaths ?? []) paths.add(p);
  return applyOrigins(findings, buildProvenance(root, [...paths], config, options));
}

/** attachOrigins for many files: blames run in parallel, or one history replay (full scans). */
export async function attachOriginsAsync(findings: Finding[], root: string, config: VouchConfig, options: AttributeOptions & { extraPaths?: string[] } = {}): Promise<ProvenanceReport> {
  const paths = new Set<string>(findings.map((f) => f.location.path));
  for (const p of options.extraPaths ?? []) paths.add(p);
  return applyOrigins(findings, await buildProvenanceAsync(root, [...paths], config, options));
}

function applyOrigins(findings: Finding[], report: ProvenanceReport): ProvenanceReport {
  const byPath = new Map(report.files.map((f) => [f.path, f]));
  const counts: Record<OriginKind, number> = { ai: 0, human: 0, unknown: 0 };
  for (const f of findings) {
    const origin = originOfSpan(byPath.get(f.location.path), f.location.startLine, f.location.endLine) ?? { kind: 'unknown', evidence: ['file could not be attributed'] };
    f.origin = origin;
    counts[origin.kind]++;
  }
  report.findingsByOrigin = counts;
  return report;
}
