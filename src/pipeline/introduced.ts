import type { VouchConfig } from '../config/schema.js';
import type { Finding, ScanNotice } from '../findings/finding.js';
import { atLeast, type FailOn } from '../findings/severity.js';
import { scanText, type ScanTextOptions } from './scan-text.js';
import { lineCount } from './process-file.js';

export interface IntroducedOptions {
  root: string;
  /** The file being edited, relative to `root` (or absolute inside it). */
  path: string;
  /** The file as it is now; undefined when it does not exist yet (every finding is then new). */
  before: string | undefined;
  /** The file as it would be after the edit. */
  after: string;
  config: VouchConfig;
  /** Report only introduced findings at or above this severity (default: every severity). */
  threshold?: FailOn;
  groups?: string[];
  offline?: boolean;
  /** As in scanText: runs each synchronous analysis (a time limit). */
  bound?: ScanTextOptions['bound'];
}

export interface IntroducedResult {
  /** Findings of `after` that `before` did not have, not suppressed, at or above the threshold. */
  introduced: Finding[];
  /** Every finding of the text after the edit (suppressed ones included). */
  after: Finding[];
  /** Every finding of the text before the edit; undefined when it was not scanned (nothing after the edit could be new). */
  before: Finding[] | undefined;
  notices: ScanNotice[];
  /** 1-based lines of `after` that differ from `before` (the edited region). */
  changedLines: [number, number] | undefined;
}

/**
 * What an edit adds: scan the text before and after, and keep the findings after the edit that
 * were not there before. Lines shift, so findings are matched by what they are, not where: first
 * by fingerprint (rule, path, normalised code, stable hint), then by rule and hint alone (the same
 * flow in the same function, or the same secret, whose line was merely touched). Twins count: an
 * edit that copies a vulnerable line introduces the copy. The reused entry point for assistant
 * hooks, the MCP server and the language server.
 */
export async function findingsIntroduced(opts: IntroducedOptions): Promise<IntroducedResult> {
  const scan = (text: string) => scanText({ root: opts.root, path: opts.path, text, config: opts.config, groups: opts.groups, offline: opts.offline, bound: opts.bound });
  const threshold = opts.threshold;
  const candidate = (f: Finding) => f.status === 'new' && (threshold === undefined || atLeast(f.severity, threshold));
  const afterRes = await scan(opts.after);
  const changed = opts.before === undefined ? [1, Math.max(1, lineCount(opts.after))] as [number, number] : changedRegion(opts.before, opts.after);
  // The text before the edit can only take findings away: with no candidate after it, it is not scanned
  // (half the work of a hook on a safe edit).
  if (!afterRes.findings.some(candidate)) return { introduced: [], after: afterRes.findings, before: undefined, notices: afterRes.notices, changedLines: changed };
  const beforeRes = opts.before === undefined ? { findings: [] } : await scan(opts.before);
  const introduced = unmatched(beforeRes.findings, afterRes.findings, changed).filter(candidate);
  return { introduced, after: afterRes.findings, before: beforeRes.findings, notices: afterRes.notices, changedLines: changed };
}

/** Fingerprint without the occurrence number the pipeline adds to twins: recomputed from the parts. */
export function baseKey(f: Finding): string {
  return `${f.ruleId}\0${f.fingerprintHint ?? ''}\0${f.snippet.replace(/\s+/g, '')}`;
}

export function looseKey(f: Finding): string | undefined {
  // Without a hint, rule alone would match any other finding of the rule in the file: too loose.
  return f.fingerprintHint ? `${f.ruleId}\0${f.fingerprintHint}` : undefined;
}

/**
 * Findings of `after` left over once each finding of `before` has claimed one equal finding
 * (a multiset difference). Among equal findings, the ones inside the edited region are the
 * new ones; the rest are the old ones that moved.
 */
function unmatched(before: Finding[], after: Finding[], changed: [number, number] | undefined): Finding[] {
  const inEdit = (f: Finding) => changed !== undefined && f.location.startLine <= changed[1] && f.location.endLine >= changed[0];
  // Old findings are claimed first by findings outside the edit, so a copy made inside it stays new.
  let left = [...after].sort((a, b) => Number(inEdit(a)) - Number(inEdit(b)));
  const unclaimed = [...before];
  for (const keyOf of [baseKey, looseKey]) {
    const next: Finding[] = [];
    for (const f of left) {
      const k = keyOf(f);
      const i = k === undefined ? -1 : unclaimed.findIndex((b) => keyOf(b) === k);
      if (i >= 0) unclaimed.splice(i, 1);
      else next.push(f);
    }
    left = next;
  }
  return after.filter((f) => left.includes(f));
}

/** The lines of `after` between the longest common head and tail of the two texts. */
export function changedRegion(before: string, after: string): [number, number] | undefined {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  if (head === a.length && head === b.length) return undefined;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const start = head + 1;
  const end = Math.max(start, b.length - tail);
  return [start, end];
}
