/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Rule metadata comes from
 * the rules' own RuleMeta (one definition per rule); results carry redacted snippets only.
 */
import type { Finding, Location, ScanNotice, TraceStep } from '../findings/finding.js';
import { ruleHelpMarkdown, ruleTags, type RuleMeta } from '../findings/rule.js';
import { securitySeverityScore, type Severity } from '../findings/severity.js';
import type { ScanResult } from '../pipeline/scan-result.js';
import { displayRoot, gateRisk, pascalCaseRuleName, sortedFindings, type RenderOptions } from './common.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const VOUCH_INFORMATION_URI = 'https://vouch.dev';
/** The key under which Vouch's own fingerprint goes in `partialFingerprints`. */
export const FINGERPRINT_KEY = 'vouch/v1';
export const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';
type Json = Record<string, unknown>;

export function sarifLevel(severity: Severity): SarifLevel {
  switch (severity) {
    case 'critical':
    case 'high': return 'error';
    case 'medium': return 'warning';
    case 'low':
    case 'info': return 'note';
  }
}

export function buildSarif(result: ScanResult, opts: Pick<RenderOptions, 'root'>): Json {
  const findings = sortedFindings(result);
  const rules = driverRules(result.rules, findings);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Vouch',
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: VOUCH_INFORMATION_URI,
            rules: rules.map(ruleDescriptor),
          },
        },
        invocations: [invocation(result)],
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: `The scan root (${displayRoot(opts)} where vouch ran).` } },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => sarifResult(f, ruleIndex.get(f.ruleId) ?? -1)),
        properties: {
          gate: {
            passed: result.gate.passed,
            failOn: result.gate.failOn,
            reasons: result.gate.reasons.map((r) => ({ policy: r.policy, message: r.message })),
            notes: result.gate.notes,
            ...(gateRisk(result) ? { risk: gateRisk(result) } : {}),
          },
          stats: result.stats,
        },
      },
    ],
  };
}

export function renderSarif(result: ScanResult, opts: RenderOptions): string {
  return JSON.stringify(buildSarif(result, opts), null, 2) + '\n';
}

/** Enabled rules, plus a bare entry for any rule id a finding uses that the scan did not list. */
function driverRules(metas: readonly RuleMeta[], findings: readonly Finding[]): RuleMeta[] {
  const byId = new Map(metas.map((m) => [m.id, m]));
  for (const f of findings) {
    if (!byId.has(f.ruleId)) {
      byId.set(f.ruleId, {
        id: f.ruleId, title: f.ruleId, analyzer: 'vouch', severity: f.severity, confidence: f.confidence,
        cwe: [], description: f.message, fix: 'See the finding message.',
      });
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function ruleDescriptor(meta: RuleMeta): Json {
  return {
    id: meta.id,
    name: pascalCaseRuleName(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    help: { text: `${meta.description}\n\nHow to fix: ${meta.fix}`, markdown: ruleHelpMarkdown(meta) },
    defaultConfiguration: { level: sarifLevel(meta.severity) },
    properties: {
      tags: ruleTags(meta),
      precision: meta.confidence,
      'security-severity': securitySeverityScore(meta.severity),
      ...(meta.owasp ? { owasp: meta.owasp } : {}),
    },
  };
}

function sarifResult(f: Finding, ruleIndex: number): Json {
  const out: Json = {
    ruleId: f.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [{ physicalLocation: physicalLocation(f.location, f.snippet) }],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
  };
  if (f.trace && f.trace.length > 0) out.codeFlows = [codeFlow(f.trace)];
  if (f.status === 'suppressed') {
    out.suppressions = [{
      kind: 'inSource',
      status: 'accepted',
      justification: f.suppression?.reason ?? '',
      ...(f.suppression ? { location: { physicalLocation: { artifactLocation: artifact(f.location.path), region: { startLine: f.suppression.line } } } } : {}),
    }];
  } else {
    out.baselineState = f.status === 'baseline' ? 'unchanged' : 'new';
  }
  out.properties = {
    status: f.status,
    severity: f.severity,
    confidence: f.confidence,
    origin: f.origin?.kind ?? 'unknown',
    ...(f.tags && f.tags.length ? { tags: [...f.tags] } : {}),
    ...(f.origin?.tool ? { originTool: f.origin.tool } : {}),
    ...(f.origin?.model ? { originModel: f.origin.model } : {}),
    ...(f.origin?.evidence ? { originEvidence: f.origin.evidence } : {}),
    // The user's `models:` row that made this a sink or source (analyzers/code/models/apis.ts).
    ...(f.properties?.userModel ? { userModel: f.properties.userModel } : {}),
  };
  return out;
}

function codeFlow(trace: TraceStep[]): Json {
  return {
    message: { text: trace.map((s) => s.message).join(' → ') },
    threadFlows: [{
      locations: trace.map((step, i) => ({
        location: { physicalLocation: physicalLocation(step.location), message: { text: step.message } },
        kinds: step.kind === 'step' ? ['taint'] : ['taint', step.kind],
        executionOrder: i + 1,
      })),
    }],
  };
}

function physicalLocation(loc: Location, snippet?: string): Json {
  const startLine = Math.max(1, loc.startLine);
  const endLine = Math.max(startLine, loc.endLine);
  const startColumn = Math.max(1, loc.startColumn);
  // SARIF end columns are exclusive; an empty or inverted span would be rejected by viewers.
  const endColumn = endLine === startLine ? Math.max(startColumn + 1, loc.endColumn) : Math.max(1, loc.endColumn);
  const region: Json = { startLine, startColumn, endLine, endColumn };
  if (snippet !== undefined && snippet !== '') region.snippet = { text: snippet };
  return { artifactLocation: artifact(loc.path), region };
}

function artifact(path: string): Json {
  return { uri: pathToRelativeUri(path), uriBaseId: SRCROOT };
}

/** A relative URI reference: forward slashes, each segment percent-encoded (spaces, `#`, `%`, …). */
export function pathToRelativeUri(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
}

function invocation(result: ScanResult): Json {
  return {
    executionSuccessful: true,
    toolExecutionNotifications: result.notices.map(notification),
  };
}

/** Notice level → SARIF notification level, message lead-in and descriptor id. */
const NOTIFICATION_BY_LEVEL: Record<string, { level: SarifLevel; lead: string; id: string }> = {
  error: { level: 'error', lead: 'Could not scan', id: 'vouch/scan-error' },
  warning: { level: 'warning', lead: 'Scanned with a caveat', id: 'vouch/scan-warning' },
  skipped: { level: 'note', lead: 'Skipped', id: 'vouch/file-skipped' },
};

function notification(n: ScanNotice): Json {
  const kind = NOTIFICATION_BY_LEVEL[n.level] ?? { level: 'warning', lead: 'Notice for', id: 'vouch/scan-notice' };
  return {
    level: kind.level,
    message: { text: `${kind.lead} ${n.path}: ${n.reason}` },
    descriptor: { id: kind.id },
    ...(n.path ? { locations: [{ physicalLocation: { artifactLocation: artifact(n.path) } }] } : {}),
    properties: { noticeLevel: n.level, ...(n.analyzer ? { analyzer: n.analyzer } : {}) },
  };
}
