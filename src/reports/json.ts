/**
 * Machine-readable report, versioned: see docs/json-report.md and
 * schemas/vouch-report.schema.json. Fields are picked explicitly so the output only changes
 * when the schema does (and internal fields such as `fingerprintHint` never leak).
 */
import type { Finding, Location, ScanNotice } from '../findings/finding.js';
import type { ScanResult } from '../pipeline/scan-result.js';
import {
  countBySeverity, countByStatus, displayRoot, gateRisk, NOTICE_LEVELS, noticesOfLevel, sortedFindings, type RenderOptions,
} from './common.js';

/** Bump the major version on any breaking change to the shape (see docs/json-report.md). */
export const JSON_REPORT_SCHEMA_VERSION = '1.0.0';
export const JSON_REPORT_SCHEMA_ID = 'https://vouch.dev/schemas/vouch-report-1.json';

export function buildJsonReport(result: ScanResult, opts: Pick<RenderOptions, 'root'>): Record<string, unknown> {
  const findings = sortedFindings(result);
  return {
    $schema: JSON_REPORT_SCHEMA_ID,
    schemaVersion: JSON_REPORT_SCHEMA_VERSION,
    tool: { name: result.tool.name, version: result.tool.version },
    root: displayRoot(opts),
    startedAt: result.startedAt,
    analyzers: [...result.analyzers],
    gate: {
      passed: result.gate.passed,
      failOn: result.gate.failOn,
      reasons: result.gate.reasons.map((r) => ({
        policy: r.policy,
        message: r.message,
        ...(r.findings ? { findings: [...r.findings] } : {}),
      })),
      notes: [...result.gate.notes],
      ...riskJson(result),
    },
    stats: { ...result.stats },
    summary: {
      findings: findings.length,
      bySeverity: countBySeverity(findings),
      byStatus: countByStatus(findings),
      notices: Object.fromEntries(NOTICE_LEVELS.map((level) => [level, noticesOfLevel(result.notices, level).length])),
    },
    findings: findings.map(findingJson),
    notices: result.notices.map(noticeJson),
    rules: [...result.rules]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => ({ id: r.id, title: r.title, severity: r.severity, confidence: r.confidence, cwe: [...r.cwe] })),
    extras: result.extras,
  };
}

export function renderJson(result: ScanResult, opts: RenderOptions): string {
  return JSON.stringify(buildJsonReport(result, opts), null, 2) + '\n';
}

export function findingJson(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    confidence: f.confidence,
    message: f.message,
    location: locationJson(f.location),
    snippet: f.snippet,
    fingerprint: f.fingerprint,
    status: f.status,
    ...(f.tags && f.tags.length ? { tags: [...f.tags] } : {}),
    ...(f.suppression ? { suppression: { reason: f.suppression.reason, line: f.suppression.line } } : {}),
    ...(f.trace && f.trace.length > 0
      ? { trace: f.trace.map((s) => ({ kind: s.kind, message: s.message, location: locationJson(s.location) })) }
      : {}),
    ...(f.origin
      ? {
          origin: {
            kind: f.origin.kind,
            ...(f.origin.tool !== undefined ? { tool: f.origin.tool } : {}),
            ...(f.origin.model !== undefined ? { model: f.origin.model } : {}),
            ...(f.origin.evidence !== undefined ? { evidence: [...f.origin.evidence] } : {}),
            ...(f.origin.reviewed !== undefined ? { reviewed: f.origin.reviewed } : {}),
          },
        }
      : {}),
    ...(f.properties ? { properties: f.properties } : {}),
  };
}

function locationJson(l: Location): Location {
  return { path: l.path, startLine: l.startLine, startColumn: l.startColumn, endLine: l.endLine, endColumn: l.endColumn };
}

function noticeJson(n: ScanNotice): Record<string, unknown> {
  return { path: n.path, level: n.level, reason: n.reason, ...(n.analyzer ? { analyzer: n.analyzer } : {}) };
}

function riskJson(result: ScanResult): Record<string, unknown> {
  const risk = gateRisk(result);
  if (!risk) return {};
  const { score, aiShare, severity, sensitivity, explanation } = risk;
  return { risk: { score, aiShare, severity, sensitivity, explanation } };
}
