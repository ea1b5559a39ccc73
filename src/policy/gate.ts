import picomatch from 'picomatch';
import type { Finding, OriginKind, ScanNotice } from '../findings/finding.js';
import type { RuleMeta } from '../findings/rule.js';
import { atLeast, type FailOn } from '../findings/severity.js';
import type { VouchConfig } from '../config/schema.js';
import type { FileProvenance, LineOrigin, ProvenanceReport } from '../provenance/attribute.js';
import type { ChangedLines } from '../provenance/diff.js';
import { reviewerMatches, reviewsCovering, type ReviewRecord } from '../provenance/reviews.js';
import { policyConfig, type PolicyConfig, type SensitiveArea } from './config.js';
import { declaredDependencies, isManifest, namesBefore, onAllowList } from './dependencies.js';
import { computeRisk, type RiskScore } from './risk.js';
import { isContextTagged } from '../findings/context.js';

export interface GateReason {
  /** Which part of the policy decided: `threshold`, `scan-errors`, or a policy rule id. */
  policy: string;
  message: string;
  /** Fingerprints of the findings behind this reason, if any. */
  findings?: string[];
}

export interface GateResult {
  passed: boolean;
  failOn: FailOn;
  /** Why it failed (empty when it passed), each naming the policy that decided. */
  reasons: GateReason[];
  /** Notes that did not fail the gate but a reader should see (e.g. scan errors under `scanErrors: warn`). */
  notes: string[];
  /** The change's documented risk score (policy/risk.ts), when provenance ran. */
  risk?: RiskScore;
}

export interface GateInput {
  findings: Finding[];
  notices: ScanNotice[];
  config: VouchConfig;
  failOn: FailOn;
  /** From `attachOrigins`: enables the policies that depend on who wrote the code. */
  provenance?: ProvenanceReport;
  /** Lines of the change (diff-based scans), keyed by path relative to the repository top level. */
  changed?: ChangedLines;
  /** Rule metadata, so sensitive areas can name rule tags (`auth`, `crypto`). */
  rules?: readonly RuleMeta[];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "src/a.ts:3-5,9" for reasons a reader can act on. */
function lineList(lines: number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    parts.push(i === j ? `${lines[i]}` : `${lines[i]}-${lines[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** AI-written lines of a file that belong to the change (all of them outside a diff-based scan). */
function aiLinesInChange(file: FileProvenance, changed?: ChangedLines): LineOrigin[] {
  const set = changed?.get(file.repoPath);
  if (changed && !set) return [];
  return file.lines.filter((l) => l.kind === 'ai' && (!set || set.has(l.line)));
}

/** A review approves when no checklist item was answered "no". */
function approves(r: ReviewRecord): boolean {
  return !r.checklist.some((c) => c.answer === 'no');
}

function ruleMatches(area: SensitiveArea, ruleId: string, rules: Map<string, RuleMeta>): boolean {
  const tags = rules.get(ruleId)?.tags ?? [];
  return area.rules.some((r) => r === ruleId || tags.includes(r) || (/[*?]/.test(r) && picomatch.isMatch(ruleId, r)));
}

/**
 * The merge gate. Only `new` findings count: baseline and suppressed ones are reported but never
 * fail the gate. Each failing reason names the policy that decided:
 * - `threshold`: a new finding at or above `failOn` (the plain gate, unchanged by provenance);
 * - `failOnByOrigin.<ai|human|unknown>`: a stricter threshold for code of that origin;
 * - `sensitive.<area>`: AI-written lines in a sensitive area without an approving recorded review;
 * - `aiDependencies`: a dependency added in AI-written lines that is not on the allow-list;
 * - `risk`: the change's risk score is above `policy.risk.failAbove`.
 */
export function evaluateGate(input: GateInput): GateResult {
  const { findings, failOn } = input;
  const reasons: GateReason[] = [];
  const notes: string[] = [];
  const policy = policyConfig(input.config);
  // Test code and docs findings are reported, but gate only when policy.testAndDocs says so.
  const newFindings = findings.filter((f) => f.status === 'new');
  const isNew = policy.testAndDocs === 'gate' ? newFindings : newFindings.filter((f) => !isContextTagged(f));
  const contextOnly = newFindings.length - isNew.length;
  if (contextOnly > 0) notes.push(`${plural(contextOnly, 'new finding')} in test code or docs reported without failing the gate (policy.testAndDocs: gate counts them)`);

  const blocking = isNew.filter((f) => atLeast(f.severity, failOn));
  if (blocking.length > 0) {
    const bySeverity = new Map<string, number>();
    for (const f of blocking) bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
    const parts = [...bySeverity].map(([s, n]) => `${n} ${s}`).join(', ');
    const ai = blocking.filter((f) => f.origin?.kind === 'ai').length;
    reasons.push({
      policy: 'threshold',
      message: `${blocking.length} new finding${blocking.length === 1 ? '' : 's'} at or above '${failOn}' (${parts})` + (input.provenance ? `, ${ai} of them in AI-written code` : ''),
      findings: blocking.map((f) => f.fingerprint),
    });
  }

  if (input.provenance) {
    originThresholds(input, policy, isNew, new Set(blocking), reasons, notes);
    sensitiveAreas(input, policy, reasons);
    aiDependencies(input, policy, reasons, notes);
    const risk = computeRisk(input, policy);
    if (policy.risk.failAbove !== undefined && risk.score > policy.risk.failAbove) {
      reasons.push({ policy: 'risk', message: `risk score ${risk.score} is above policy.risk.failAbove ${policy.risk.failAbove} (${risk.explanation})` });
    }
    return { passed: reasons.length === 0, failOn, reasons, notes, risk };
  }
  return { passed: reasons.length === 0, failOn, reasons, notes };
}

function originThresholds(input: GateInput, policy: PolicyConfig, isNew: Finding[], alreadyBlocking: Set<Finding>, reasons: GateReason[], notes: string[]): void {
  const acknowledged = new Set(input.provenance!.reviews.filter(approves).flatMap((r) => r.acknowledged));
  for (const kind of ['ai', 'human', 'unknown'] as OriginKind[]) {
    const threshold = policy.failOnByOrigin[kind];
    if (!threshold || threshold === 'none') continue;
    const hits = isNew.filter((f) => !alreadyBlocking.has(f) && (f.origin?.kind ?? 'unknown') === kind && atLeast(f.severity, threshold));
    const acked = hits.filter((f) => acknowledged.has(f.fingerprint));
    const failing = hits.filter((f) => !acknowledged.has(f.fingerprint));
    if (acked.length) notes.push(`${plural(acked.length, 'finding')} in ${kind}-origin code acknowledged in a recorded review (failOnByOrigin.${kind} does not apply)`);
    if (failing.length === 0) continue;
    const where = failing.slice(0, 5).map((f) => `${f.ruleId} at ${f.location.path}:${f.location.startLine}`).join(', ');
    reasons.push({
      policy: `failOnByOrigin.${kind}`,
      message: `${plural(failing.length, `new finding`)} in ${kind === 'ai' ? 'AI-written' : kind === 'human' ? 'human-written' : 'unattributed'} code at or above '${threshold}' (${where}${failing.length > 5 ? ', …' : ''})`,
      findings: failing.map((f) => f.fingerprint),
    });
  }
}

function sensitiveAreas(input: GateInput, policy: PolicyConfig, reasons: GateReason[]): void {
  const prov = input.provenance!;
  const rules = new Map((input.rules ?? []).map((r) => [r.id, r]));
  for (const area of policy.sensitive) {
    const inArea = area.paths.length ? picomatch(area.paths, { dot: true }) : () => false;
    const unreviewed: { file: FileProvenance; lines: number[] }[] = [];
    const findingFps: string[] = [];
    for (const file of prov.files) {
      const candidates = new Set<number>();
      if (inArea(file.path)) for (const l of aiLinesInChange(file, input.changed)) candidates.add(l.line);
      for (const f of input.findings) {
        if (f.status !== 'new' || f.location.path !== file.path || f.origin?.kind !== 'ai' || !ruleMatches(area, f.ruleId, rules)) continue;
        for (let l = f.location.startLine; l <= Math.max(f.location.startLine, f.location.endLine); l++) if (file.lines[l - 1]?.kind === 'ai') candidates.add(l);
      }
      const missing: number[] = [];
      for (const line of [...candidates].sort((a, b) => a - b)) {
        const commit = file.lines[line - 1]?.commit;
        const ok = reviewsCovering(prov.reviews, file.repoPath, file.sha256, commit)
          .some((r) => approves(r) && (area.reviewers.length === 0 || area.reviewers.some((w) => reviewerMatches(r.reviewer, w))));
        if (!ok) missing.push(line);
      }
      if (missing.length) {
        unreviewed.push({ file, lines: missing });
        for (const f of input.findings) if (f.location.path === file.path && missing.includes(f.location.startLine)) findingFps.push(f.fingerprint);
      }
    }
    if (unreviewed.length === 0) continue;
    const total = unreviewed.reduce((n, u) => n + u.lines.length, 0);
    const where = unreviewed.slice(0, 5).map((u) => `${u.file.path}:${lineList(u.lines)}`).join('; ');
    const who = area.reviewers.length ? `one of ${area.reviewers.join(', ')}` : 'any reviewer';
    reasons.push({
      policy: `sensitive.${area.name}`,
      message: `${plural(total, 'AI-written line')} in sensitive area '${area.name}' lack an approving recorded review by ${who} (${where}); record one with \`vouch review\``,
      findings: findingFps.length ? [...new Set(findingFps)] : undefined,
    });
  }
}

function aiDependencies(input: GateInput, policy: PolicyConfig, reasons: GateReason[], notes: string[]): void {
  if (policy.aiDependencies === 'off') return;
  const added: string[] = [];
  const top = input.provenance!.top;
  const before = new Map<string, Set<string>>();
  for (const file of input.provenance!.files) {
    if (!isManifest(file.path) || !file.text) continue;
    const changed = input.changed?.get(file.repoPath);
    if (input.changed && !changed) continue;
    for (const dep of declaredDependencies(file.path, file.text)) {
      const origin = file.lines[dep.line - 1];
      if (origin?.kind !== 'ai' || (changed && !changed.has(dep.line))) continue;
      if (top && namesBefore(top, file.repoPath, origin.commit, before).has(dep.name)) continue; // already declared before
      if (!onAllowList(dep.name, policy.allowedDependencies)) added.push(`${dep.name} (${file.path}:${dep.line}${origin.tool ? `, ${origin.tool}` : ''})`);
    }
  }
  if (added.length === 0) return;
  const message = `${added.length} ${added.length === 1 ? 'dependency' : 'dependencies'} added in AI-written lines ${added.length === 1 ? 'is' : 'are'} not on policy.allowedDependencies: ${added.join(', ')}`;
  if (policy.aiDependencies === 'allowlist-required') reasons.push({ policy: 'aiDependencies', message });
  else notes.push(message);
}

