import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { loadConfig } from '../../config/load.js';
import type { VouchConfig } from '../../config/schema.js';
import type { FailOn } from '../../findings/severity.js';
import { hashLines, readLedger, recordAiEdit } from '../../provenance/ledger.js';
import { repoTopLevel, runGit } from '../../provenance/git.js';
import { assistConfig } from '../config.js';
import { applyEdits, editedRanges, EditMismatch, revertEdits } from '../edits.js';
import { ScanFailed, ScanThread, ScanTimeout, type Scanner } from '../scan-thread.js';
import { InlineScanner } from '../inline-scan.js';
import { ASSISTANT_LABEL, parseEvent, renderVerdict, type Assistant, type EditRequest, type HookOutput, type Verdict } from './protocols.js';

export interface HookOptions {
  /** `--fail-on`: overrides `assist.failOn`. */
  failOn?: FailOn;
  /** `--config`: configuration file instead of the project's .vouch.yml. */
  configFile?: string;
}

/** Texts up to this many characters are scanned in the hook's own thread (see HookScanners). */
export const INLINE_MAX_CHARS = 256 * 1024;

/**
 * Where a hook's scans run. A text of ordinary size is scanned in the hook's own thread (starting a
 * worker thread costs more than the scan); a larger one in a worker thread, whose memory limit also
 * contains a pathological file. Both keep assist.timeoutMs. The in-thread scanner starts loading
 * the analyzers at construction, while the event is still being read.
 */
export class HookScanners {
  private thread: ScanThread | undefined;
  private readonly inline = new InlineScanner();

  for(chars: number): Scanner {
    return chars <= INLINE_MAX_CHARS ? this.inline : (this.thread ??= ScanThread.start());
  }

  close(): void {
    this.inline.close();
    this.thread?.close();
  }
}

/** A problem that ends the hook with exit 0 and a note: the assistant must never be broken by Vouch. */
class Skip extends Error {}

/** The scan thread's job, with its failures as notes: over the limit, the edit goes through unchecked. */
async function scan<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ScanTimeout) throw new Skip(`gave up after ${err.timeoutMs} ms (assist.timeoutMs); the edit was not checked`);
    if (err instanceof ScanFailed) throw new Skip(err.message);
    throw err;
  }
}

/** The project the file belongs to: its git repository, else the assistant's working directory when it holds the file. */
function projectRoot(filePath: string, cwd: string): string {
  let dir = dirname(filePath);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  const top = repoTopLevel(dir);
  if (top) return top;
  if (filePath.startsWith(cwd + sep)) return cwd;
  return dirname(filePath);
}

function readCurrent(filePath: string): string | undefined {
  try {
    if (!statSync(filePath).isFile()) throw new Skip(`${filePath} is not a regular file`);
    return readFileSync(filePath, 'utf8');
  } catch (err) {
    if (err instanceof Skip) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Skip(`cannot read ${filePath} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** The committed version, as the "before" of a post-edit event that does not say what the file was. */
function headText(root: string, rel: string): string | undefined {
  const r = runGit(root, ['show', `HEAD:${rel}`]);
  return r.ok ? r.stdout : undefined;
}

interface Texts { before: string | undefined; after: string }

function textsOf(edit: EditRequest, root: string, rel: string): Texts {
  const current = readCurrent(edit.filePath);
  if (edit.phase === 'pre') {
    if (edit.content !== undefined) return { before: current, after: edit.content };
    try {
      return { before: current, after: applyEdits(current ?? '', edit.edits ?? []) };
    } catch (err) {
      if (err instanceof EditMismatch) throw new Skip(`the edit does not apply to ${rel} (${err.message}); the tool will report that itself`);
      throw err;
    }
  }
  if (current === undefined) throw new Skip(`${rel} does not exist after the edit`);
  if (edit.originalFile !== undefined) return { before: edit.originalFile, after: current };
  if (edit.edits) {
    try {
      return { before: revertEdits(current, edit.edits), after: current };
    } catch (err) {
      if (!(err instanceof EditMismatch)) throw err;
    }
  }
  return { before: headText(root, rel), after: current };
}

function recordEdit(assistant: Assistant, edit: EditRequest, root: string, rel: string, after: string): void {
  if (!repoTopLevel(root)) return; // provenance lives in a repository
  const ranges: [number, number][] = edit.content !== undefined ? [[1, Math.max(1, after.split(/\r?\n/).length - (after.endsWith('\n') ? 1 : 0))]] : editedRanges(after, edit.edits ?? []);
  if (ranges.length === 0) return; // a pure deletion writes no lines
  const tool = ASSISTANT_LABEL[assistant];
  if (edit.phase === 'post') {
    // The pre-edit hook already recorded these very lines: one record per edit.
    const last = readLedger(root).records.at(-1);
    const lines = after.split(/\r?\n/);
    if (last && last.file === rel && last.tool === tool && JSON.stringify(last.ranges) === JSON.stringify(ranges)) {
      if (ranges.every(([a, b], i) => hashLines(lines, a, b) === last.rangeHashes[i])) return;
    }
  }
  recordAiEdit(root, { file: rel, text: after, ranges, tool, model: edit.model, promptRef: edit.sessionId ? `session:${edit.sessionId}` : undefined });
}

/** Cursor: findings introduced during a conversation wait here for its `stop` event. */
function pendingFile(root: string, sessionId: string): string {
  const id = createHash('sha256').update(`${root}\0${sessionId}`).digest('hex').slice(0, 24);
  return join(tmpdir(), 'vouch-assist', `${id}.json`);
}

type Pending = Record<string, string[]>; // relative path → finding keys

function readPending(file: string): Pending {
  try { return JSON.parse(readFileSync(file, 'utf8')) as Pending; } catch { return {}; }
}

async function handleEdit(assistant: Assistant, edit: EditRequest, opts: HookOptions, scanners: HookScanners, limitMs: () => number, setLimit: (ms: number) => void): Promise<Verdict> {
  const root = projectRoot(edit.filePath, edit.cwd);
  const rel = relative(root, edit.filePath).split(sep).join('/');
  if (rel.startsWith('..')) throw new Skip(`${edit.filePath} is outside the project`);
  let config: VouchConfig;
  try {
    config = (await loadConfig(root, opts.configFile)).config;
  } catch (err) {
    throw new Skip(`configuration error, edit not checked: ${(err as Error).message.split('\n')[0]}`);
  }
  const assist = assistConfig(config.assist);
  setLimit(assist.timeoutMs);
  const threshold = opts.failOn ?? assist.failOn;
  const { before, after } = textsOf(edit, root, rel);
  const scanner = scanners.for(Math.max(before?.length ?? 0, after.length));
  const res = await scan(() => scanner.run({ op: 'introduced', root, path: rel, before, after, config, threshold, offline: !assist.registryChecks, written: edit.phase === 'post' }, limitMs()));
  const verdict: Verdict = {};
  if (res.findings.length) verdict.block = res.message;
  if (res.notices.length) verdict.note = `could not scan ${rel} completely: ${res.notices[0]}`;
  // A blocked pre-edit never reaches the file: only edits that happen are recorded.
  if (edit.phase === 'post' || !verdict.block) {
    try { recordEdit(assistant, edit, root, rel, after); } catch (err) { verdict.note = `not recorded in the ledger: ${(err as Error).message.split('\n')[0]}`; }
  }
  if (assistant === 'cursor' && edit.sessionId) {
    const file = pendingFile(root, edit.sessionId);
    const pending = readPending(file);
    if (res.keys.length) pending[rel] = [...new Set([...(pending[rel] ?? []), ...res.keys])];
    if (Object.keys(pending).length) { mkdirSync(dirname(file), { recursive: true }); writeFileSync(file, JSON.stringify(pending)); }
  }
  return verdict;
}

/** Cursor `stop`: what the conversation introduced and is still there goes back to the agent as a follow-up. */
async function handleStop(sessionId: string, cwd: string, loopCount: number, opts: HookOptions, scanners: HookScanners, limitMs: () => number): Promise<Verdict> {
  const root = repoTopLevel(cwd) ?? cwd;
  const file = pendingFile(root, sessionId);
  const pending = readPending(file);
  rmSync(file, { force: true });
  // Cursor allows 5 automatic follow-ups; stop asking after 3 so a finding the agent cannot fix ends the loop.
  if (Object.keys(pending).length === 0 || loopCount >= 3) return {};
  let config: VouchConfig;
  try { config = (await loadConfig(root, opts.configFile)).config; } catch { return { note: 'configuration error; pending findings not re-checked' }; }
  const threshold = opts.failOn ?? assistConfig(config.assist).failOn;
  const parts: string[] = [];
  const still: Pending = {};
  for (const [rel, keys] of Object.entries(pending)) {
    const text = readCurrent(join(root, rel));
    if (text === undefined) continue;
    const res = await scan(() => scanners.for(text.length).run({ op: 'still-present', root, path: rel, text, config, keys, threshold }, limitMs()));
    if (res.findings.length === 0) continue;
    still[rel] = res.keys;
    parts.push(res.message!);
  }
  if (parts.length === 0) return {};
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(still));
  return { followup: parts.join('\n') };
}

/**
 * One hook invocation: parse the event, judge the edit, record it, answer in the assistant's
 * protocol. Never throws and never exceeds the time limit by more than the cost of starting up:
 * anything unexpected becomes exit 0 with a note, so a hook can never break the assistant.
 */
export async function runHook(assistant: Assistant, input: string, opts: HookOptions = {}, scanners: HookScanners = new HookScanners()): Promise<HookOutput> {
  let limit = 5000;
  const started = Date.now();
  const remaining = () => Math.max(100, limit - (Date.now() - started));
  try {
    let event: unknown;
    try {
      event = JSON.parse(input);
    } catch {
      return renderVerdict(assistant, { note: 'the event on stdin is not JSON; nothing checked' });
    }
    const req = parseEvent(assistant, event);
    if (req.kind === 'ignore') return renderVerdict(assistant, { note: req.note ? `${req.note}; nothing checked` : undefined });
    if (req.kind === 'stop') return renderVerdict(assistant, await handleStop(req.sessionId, req.cwd, req.loopCount, opts, scanners, remaining));
    return renderVerdict(assistant, await handleEdit(assistant, req.edit, opts, scanners, remaining, (ms) => { limit = ms; }));
  } catch (err) {
    const why = err instanceof Skip ? err.message : `internal error: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}`;
    return renderVerdict(assistant, { note: why });
  } finally {
    scanners.close();
  }
}
