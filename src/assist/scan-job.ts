/**
 * The scanning half of hooks, the MCP server and the language server: run in a worker thread
 * (scan-worker.ts, started by scan-thread.ts) so they can keep a time limit, or in the caller's
 * thread for a one-off hook on a small text.
 */
import type { VouchConfig } from '../config/schema.js';
import type { FailOn } from '../findings/severity.js';
import type { Finding, ScanNotice } from '../findings/finding.js';
import { findingsIntroduced, baseKey, looseKey } from '../pipeline/introduced.js';
import { scanText, type ScanTextOptions } from '../pipeline/scan-text.js';
import { ruleIndex } from '../pipeline/analyzer-selection.js';
import { editMessage, type RuleHelp } from './present.js';

export { loadParser } from '../analyzers/code/frontend/js/parse.js';

export type ScanJob =
  | { op: 'introduced'; root: string; path: string; before: string | undefined; after: string; config: VouchConfig; threshold: FailOn; offline: boolean; written: boolean }
  | { op: 'still-present'; root: string; path: string; text: string; config: VouchConfig; keys: string[]; threshold: FailOn }
  | ({ op: 'text' } & ScanTextOptions);

/** `text`: scanText's answer as is. */
export interface TextJobResult {
  findings: Finding[];
  notices: ScanNotice[];
}

export interface ScanJobResult {
  findings: Finding[];
  /** Stable keys of the findings (to recognise them at a later event). */
  keys: string[];
  notices: string[];
  /** The message for the agent when there are findings (rendered here: the hook's main thread never loads the redactor). */
  message?: string;
}

function helpFor(findings: Finding[]): Record<string, RuleHelp> {
  const index = ruleIndex();
  const out: Record<string, RuleHelp> = {};
  for (const f of findings) {
    const r = index.get(f.ruleId);
    if (r) out[f.ruleId] = { id: r.id, title: r.title, fix: r.fix, analyzer: r.analyzer };
  }
  return out;
}

/** One job; `bound` runs each synchronous analysis (the caller's time limit, when it runs jobs in its own thread). */
export async function runJob(job: ScanJob, bound?: ScanTextOptions['bound']): Promise<ScanJobResult | TextJobResult> {
  if (job.op === 'text') {
    const { op: _op, ...opts } = job;
    return scanText({ ...opts, bound });
  }
  if (job.op === 'introduced') {
    const res = await findingsIntroduced({ root: job.root, path: job.path, before: job.before, after: job.after, config: job.config, threshold: job.threshold, offline: job.offline, bound });
    const message = res.introduced.length ? editMessage({ path: job.path, findings: res.introduced, rules: helpFor(res.introduced), threshold: job.threshold, written: job.written }) : undefined;
    return { findings: res.introduced, keys: res.introduced.map(baseKey), notices: res.notices.filter((n) => n.level === 'error').map((n) => `${n.path}: ${n.reason}`), message };
  }
  const res = await scanText({ root: job.root, path: job.path, text: job.text, config: job.config, bound });
  const wanted = new Set(job.keys);
  const loose = new Set(job.keys.map((k) => k.split('\0').slice(0, 2).join('\0')));
  const still = res.findings.filter((f) => f.status === 'new' && (wanted.has(baseKey(f)) || (looseKey(f) !== undefined && loose.has(looseKey(f)!))));
  const message = still.length ? editMessage({ path: job.path, findings: still, rules: helpFor(still), threshold: job.threshold, written: true }) : undefined;
  return { findings: still, keys: still.map(baseKey), notices: [], message };
}

