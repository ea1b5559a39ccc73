import { relative } from 'node:path';
import picomatch from 'picomatch';
import type { VouchConfig } from '../config/schema.js';
import type { Finding, ScanNotice } from '../findings/finding.js';
import { policyConfig } from '../policy/config.js';
import { isManifest } from '../policy/dependencies.js';
import { attachOriginsAsync, type ProvenanceReport } from './attribute.js';
import { reviewConfig } from './config.js';
import { changedLines, onChangedLines, type ChangedLines } from './diff.js';
import { repoTopLevelSettled } from './git.js';
import { summarizeProvenance } from './summary.js';

export interface ProvenanceStageInput {
  root: string;
  config: VouchConfig;
  findings: Finding[];
  /** Every discovered file (root-relative), to find sensitive-area files and manifests. */
  files: { path: string; content?: string }[];
  staged?: boolean;
  /** The staged change's lines when the caller already read them (one git diff per scan). */
  stagedLines?: ChangedLines;
  changedSince?: string;
  /** Keep only findings on changed lines (vs `changedSince`, else the index). */
  newOnly?: boolean;
}

export interface ProvenanceStageOutput {
  findings: Finding[];
  report?: ProvenanceReport;
  changed?: ChangedLines;
  notices: ScanNotice[];
  extras: Record<string, unknown>;
}

/**
 * The pipeline's provenance stage, between fingerprinting and the gate: compute the change's
 * lines (diff-based scans), drop findings outside them under `--new-only`, and attach an origin to
 * every finding. Never throws: a failure becomes a notice and the scan goes on.
 */
export async function runProvenanceStage(input: ProvenanceStageInput): Promise<ProvenanceStageOutput> {
  const notices: ScanNotice[] = [];
  let findings = input.findings;
  let changed: ChangedLines | undefined;
  const top = await repoTopLevelSettled(input.root);
  const prefix = top ? relative(top, input.root).split('\\').join('/') : '';
  const rootPrefix = prefix ? prefix + '/' : '';
  if (top && (input.staged || input.changedSince || input.newOnly)) {
    try {
      changed = input.changedSince ? changedLines(top, { since: input.changedSince }) : input.stagedLines ?? changedLines(top, { staged: true });
    } catch (err) {
      notices.push({ path: '.', level: 'error', analyzer: 'provenance', reason: `could not compute changed lines: ${(err as Error).message}` });
    }
  } else if (input.newOnly) {
    notices.push({ path: '.', level: 'error', analyzer: 'provenance', reason: '--new-only needs a git repository; all findings are kept' });
  }
  if (input.newOnly && changed) findings = onChangedLines(findings, changed, rootPrefix);

  const policy = policyConfig(input.config);
  const sensitiveGlobs = policy.sensitive.flatMap((a) => a.paths);
  const inSensitive = sensitiveGlobs.length ? picomatch(sensitiveGlobs, { dot: true }) : undefined;
  // A diff-based scan attributes its whole change (cheap: blame -L below), so the AI share and
  // risk score describe the change; a full scan only adds what the policy needs.
  const extraPaths = input.files
    .filter((f) => (changed && changed.has(rootPrefix + f.path)) || (!changed && ((inSensitive && inSensitive(f.path)) || (policy.aiDependencies !== 'off' && isManifest(f.path)))))
    .map((f) => f.path);
  const contents = input.staged ? new Map(input.files.filter((f) => f.content !== undefined).map((f) => [f.path, f.content!])) : undefined;
  // In a diff-based scan only the change and the findings need an origin: blame just those lines.
  let onlyLines: Map<string, Set<number>> | undefined;
  if (changed) {
    onlyLines = new Map();
    const add = (path: string, l: number) => { const s = onlyLines!.get(path) ?? new Set<number>(); s.add(l); onlyLines!.set(path, s); };
    for (const [repoPath, lines] of changed) {
      if (rootPrefix && !repoPath.startsWith(rootPrefix)) continue;
      for (const l of lines) add(repoPath.slice(rootPrefix.length), l);
    }
    for (const f of findings) for (let l = f.location.startLine; l <= Math.max(f.location.startLine, f.location.endLine); l++) add(f.location.path, l);
  }
  try {
    // The staged change's own lines are not committed yet by definition: no blame needed for them.
    let uncommitted: Map<string, Set<number>> | undefined;
    if (changed && input.staged && !input.changedSince) {
      uncommitted = new Map();
      for (const [repoPath, lines] of changed) if (!rootPrefix || repoPath.startsWith(rootPrefix)) uncommitted.set(repoPath.slice(rootPrefix.length), lines);
    }
    const report = await attachOriginsAsync(findings, input.root, input.config, { extraPaths, contents, onlyLines, uncommitted });
    notices.push(...report.notices);
    return { findings, report, changed, notices, extras: { provenance: summarizeProvenance(report, reviewConfig(input.config).checklist) } };
  } catch (err) {
    notices.push({ path: '.', level: 'error', analyzer: 'provenance', reason: `provenance failed: ${(err as Error).message.split('\n')[0]}` });
    return { findings, changed, notices, extras: {} };
  }
}
