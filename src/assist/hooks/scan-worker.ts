/**
 * The scanning half of a hook, in a worker thread so the hook can keep its time limit: analysis is
 * synchronous, and only a separate thread can be abandoned when a file takes too long.
 */
import { parentPort } from 'node:worker_threads';
import type { VouchConfig } from '../../config/schema.js';
import type { FailOn } from '../../findings/severity.js';
import type { Finding } from '../../findings/finding.js';
import { findingsIntroduced, baseKey, looseKey } from '../../pipeline/introduced.js';
import { scanText } from '../../pipeline/scan-text.js';
import { ruleIndex } from '../../pipeline/analyzer-selection.js';
import type { RuleHelp } from '../message.js';

export type ScanJob =
  | { op: 'introduced'; root: string; path: string; before: string | undefined; after: string; config: VouchConfig; threshold: FailOn; offline: boolean }
  | { op: 'still-present'; root: string; path: string; text: string; config: VouchConfig; keys: string[] };

export interface ScanJobResult {
  findings: Finding[];
  /** Stable keys of the findings (to recognise them at a later event). */
  keys: string[];
  notices: string[];
  rules: Record<string, RuleHelp>;
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

async function run(job: ScanJob): Promise<ScanJobResult> {
  if (job.op === 'introduced') {
    const res = await findingsIntroduced({ root: job.root, path: job.path, before: job.before, after: job.after, config: job.config, threshold: job.threshold, offline: job.offline });
    return { findings: res.introduced, keys: res.introduced.map(baseKey), notices: res.notices.filter((n) => n.level === 'error').map((n) => `${n.path}: ${n.reason}`), rules: helpFor(res.introduced) };
  }
  const res = await scanText({ root: job.root, path: job.path, text: job.text, config: job.config });
  const wanted = new Set(job.keys);
  const loose = new Set(job.keys.map((k) => k.split('\0').slice(0, 2).join('\0')));
  const still = res.findings.filter((f) => f.status === 'new' && (wanted.has(baseKey(f)) || (looseKey(f) !== undefined && loose.has(looseKey(f)!))));
  return { findings: still, keys: still.map(baseKey), notices: [], rules: helpFor(still) };
}

// Started before the event is even read, so loading the analyzers overlaps reading stdin and the config.
parentPort!.on('message', (job: ScanJob) => {
  run(job).then(
    (result) => parentPort!.postMessage({ ok: true, result }),
    (err: unknown) => parentPort!.postMessage({ ok: false, error: (err as Error)?.message ?? String(err) }),
  );
});
