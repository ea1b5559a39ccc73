import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import type { FileAnalyzer, FileKind, SourceFile } from '../analyzers/analyzer.js';
import type { Finding, RawFinding, ScanNotice } from '../findings/finding.js';
import type { RuleMeta } from '../findings/rule.js';
import type { VouchConfig } from '../config/schema.js';
import { fingerprintOf } from '../findings/fingerprint.js';
import { parseSuppressions, suppressionFor } from '../findings/suppressions.js';
import { redactSnippet } from '../findings/redact.js';
import { isCodeKind } from './file-kinds.js';
import type { DiscoveredFile } from './discover.js';

export interface FileOutcome {
  path: string;
  /** Findings with snippet, fingerprint (before occurrence numbering) and suppression status. */
  findings: Finding[];
  notices: ScanNotice[];
  /** Facts by analyzer id. */
  facts: Record<string, Record<string, unknown>>;
  scanned: boolean;
  lines: number;
  bytes: number;
}

const MAX_SNIPPET_LINES = 5;
const MAX_SNIPPET_LINE_LENGTH = 240;

/**
 * Decoding: strict UTF-8 (a leading byte-order mark dropped) when the bytes are valid UTF-8;
 * otherwise Latin-1, which maps every byte and keeps offsets. (`isUtf8` checks without building a
 * TextDecoder per file, which cost a secrets scan of small files a tenth of its time.)
 */
export function decode(buf: Buffer): { text: string; utf8: boolean } {
  if (!isUtf8(buf)) return { text: buf.toString('latin1'), utf8: false };
  const text = buf.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, utf8: true };
}

/**
 * One read buffer per thread, grown as needed. `readFileSync` allocates a fresh buffer for every file,
 * whose new pages the kernel faults in during the read: on the npm tree that made reading 3× slower
 * than reading into a buffer already in use, and it was a quarter of a secrets scan's time.
 */
let readBuffer = Buffer.alloc(0);

/**
 * The file's bytes, read up to `limit + 1` (a file over the limit is never read whole, even if it
 * grew after discovery). The result is a view of the shared buffer, valid until the next read.
 */
export function readBounded(absPath: string, limit: number): Buffer {
  const fd = openSync(absPath, 'r');
  try {
    const cap = limit + 1;
    let length = 0;
    while (length < cap) {
      if (length === readBuffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(Math.max(readBuffer.length * 2, 256 * 1024), cap));
        readBuffer.copy(grown, 0, 0, length);
        readBuffer = grown;
      }
      const n = readSync(fd, readBuffer, length, Math.min(readBuffer.length, cap) - length, null);
      if (n === 0) break;
      length += n;
    }
    return readBuffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function looksBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8000).includes(0);
}

/** Lines of the text as `split(/\r?\n/)` counts them, without building the lines. */
export function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/** An inline source map: compilers (Babel, tsc --inlineSourceMap) append one to readable output. */
const INLINE_SOURCE_MAP = /^\s*(\/\/|\/\*)[#@] sourceMappingURL=data:/;

/**
 * Minified code: very long lines are what minifiers produce and what humans never write. A trailing
 * inline source map is one long line of base64 after readable code, so it is not counted.
 */
export function looksMinified(text: string): boolean {
  if (text.length < 4096) return false;
  let lines = 1;
  let longest = 0;
  let mapChars = 0;
  let start = 0;
  const line = (end: number) => {
    if (end - start > 5000 && INLINE_SOURCE_MAP.test(text.slice(start, start + 64))) mapChars += end - start;
    else longest = Math.max(longest, end - start);
  };
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line(i);
      start = i + 1;
      lines++;
    }
  }
  line(text.length);
  return longest > 5000 || (text.length - mapChars) / lines > 300;
}

/** Await every analyzer's set-up for this file (a no-op once loaded). */
export async function prepareFor(file: { path: string; kind: FileKind }, analyzers: FileAnalyzer[]): Promise<void> {
  for (const a of analyzers) if (a.appliesTo(file)) await a.prepare?.(file);
}

export interface ProcessOptions {
  config: VouchConfig;
  analyzers: FileAnalyzer[];
  rules: Map<string, RuleMeta>;
  /** Data from a link step (cross-file summaries), by analyzer id. */
  linkInput?: Record<string, unknown>;
  /** A link round will likely analyse the file again: analyzers may keep its state (PoolTask.keep). */
  keep?: boolean;
}

/** Read, decode and analyse one file with every applicable analyzer. Never throws. */
export function processFile(file: DiscoveredFile, opts: ProcessOptions): FileOutcome {
  const outcome: FileOutcome = { path: file.path, findings: [], notices: [], facts: {}, scanned: false, lines: 0, bytes: 0 };
  let buf: Buffer;
  try {
    buf = file.content !== undefined ? Buffer.from(file.content, 'utf8') : readBounded(file.absPath, opts.config.maxFileSize);
  } catch (err) {
    outcome.notices.push({ path: file.path, level: 'error', reason: `cannot read file (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    return outcome;
  }
  if (buf.length > opts.config.maxFileSize) {
    const why = file.kind === 'lockfile' ? '; the dependency analyzer still reads it' : '';
    outcome.notices.push({ path: file.path, level: 'skipped', reason: `file is over the ${opts.config.maxFileSize}-byte limit (maxFileSize)${why}` });
    return outcome;
  }
  if (looksBinary(buf)) {
    outcome.notices.push({ path: file.path, level: 'skipped', reason: 'binary file (contains NUL bytes)' });
    return outcome;
  }
  const { text, utf8 } = decode(buf);
  if (!utf8) outcome.notices.push({ path: file.path, level: 'warning', reason: 'not valid UTF-8; decoded as Latin-1' });
  if (opts.config.skip.minified && isCodeKind(file.kind) && looksMinified(text)) {
    outcome.notices.push({ path: file.path, level: 'skipped', reason: 'minified code (very long lines)' });
    return outcome;
  }
  outcome.bytes = buf.length;
  const source: SourceFile = { path: file.path, absPath: file.absPath, kind: file.kind, text };
  const raw: RawFinding[] = [];
  // A file counts as scanned when at least one analyzer finished it without an error.
  for (const analyzer of opts.analyzers) {
    if (!analyzer.appliesTo(file)) continue;
    try {
      const res = analyzer.analyzeFile(source, opts.config, opts.linkInput?.[analyzer.id], opts.keep);
      raw.push(...res.findings);
      outcome.notices.push(...res.notices);
      if (res.facts) outcome.facts[analyzer.id] = res.facts;
      if (!res.notices.some((n) => n.level === 'error')) outcome.scanned = true;
    } catch (err) {
      outcome.notices.push({
        path: file.path,
        level: 'error',
        analyzer: analyzer.id,
        reason: `${analyzer.id} analyzer failed: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}`,
      });
    }
  }
  // Only a file with findings or a suppression comment is split into lines.
  if (raw.length === 0 && !text.includes('vouch-ignore[')) {
    outcome.lines = lineCount(text);
    return outcome;
  }
  const lines = text.split(/\r?\n/);
  outcome.lines = lines.length;
  const sups = parseSuppressions(lines);
  for (const f of raw) outcome.findings.push(finishFinding(f, lines, sups, opts.rules, file.path));
  // A suppression with no reason is itself a finding (it still applies).
  for (const s of sups.values()) {
    if (s.reason) continue;
    outcome.findings.push(finishFinding({
      ruleId: 'vouch/suppression-without-reason',
      message: `vouch-ignore[${s.ruleIds.join(', ')}] has no reason; say why the finding is safe to ignore`,
      location: { path: file.path, startLine: s.line, startColumn: 1, endLine: s.line, endColumn: (lines[s.line - 1]?.length ?? 0) + 1 },
    }, lines, new Map(), opts.rules, file.path));
  }
  return outcome;
}

function finishFinding(f: RawFinding, lines: string[], sups: ReturnType<typeof parseSuppressions>, rules: Map<string, RuleMeta>, path: string): Finding {
  const meta = rules.get(f.ruleId);
  const start = Math.max(1, f.location.startLine);
  const end = Math.min(Math.max(start, f.location.endLine), start + MAX_SNIPPET_LINES - 1);
  const flagged = lines.slice(start - 1, end).map((l) => (l.length > MAX_SNIPPET_LINE_LENGTH ? l.slice(0, MAX_SNIPPET_LINE_LENGTH) + '…' : l)).join('\n');
  // Redact even analyzer-supplied snippets: a second pass over already-masked text changes nothing.
  const snippet = redactSnippet(f.snippet ?? flagged);
  const sup = f.location.path !== path ? f.externalSuppression : suppressionFor(sups, f.ruleId, start);
  const { externalSuppression: _ext, ...rest } = f;
  return {
    ...rest,
    severity: f.severity ?? meta?.severity ?? 'medium',
    confidence: f.confidence ?? meta?.confidence ?? 'medium',
    snippet,
    // Secrets supply a redacted snippet and a salted-hash hint; the raw line never enters the hash input there.
    fingerprint: fingerprintOf(f.ruleId, path, f.snippet ?? flagged, f.fingerprintHint),
    status: sup ? 'suppressed' : 'new',
    ...(sup ? { suppression: { reason: sup.reason, line: sup.line } } : {}),
  };
}
