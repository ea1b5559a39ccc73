/**
 * Turning detections into findings: redaction, salted fingerprints, messages. Shared by the
 * file analyzer, the streaming scanner and history mode so every path redacts the same way.
 */
import type { RawFinding } from '../../findings/finding.js';
import type { Detection } from './detect.js';
import { redactLine, redactSecret, secretHash } from './redact.js';

export interface FindingContext {
  path: string;
  salt: string;
  /** Added to every finding's properties (commit, author… in history mode). */
  properties?: Record<string, unknown>;
  /** Added to line numbers (streamed chunks start mid-file). */
  lineOffset?: number;
}

/** `text` is the text the detections came from; only the redacted lines leave this function. */
export function findingsFromDetections(text: string, detections: Detection[], ctx: FindingContext): RawFinding[] {
  const out: RawFinding[] = [];
  const offset = ctx.lineOffset ?? 0;
  for (const d of detections) {
    const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    let lineEnd = text.indexOf('\n', d.start);
    if (lineEnd < 0) lineEnd = text.length;
    // Every secret that touches this line is masked, not only this finding's.
    const ranges = detections
      .filter((o) => o.start < lineEnd && o.end > lineStart)
      .map((o) => ({ start: Math.max(o.start, lineStart) - lineStart, end: Math.min(o.end, lineEnd) - lineStart }));
    const snippet = redactLine(text.slice(lineStart, lineEnd).replace(/\r$/, ''), ranges);
    const redacted = redactSecret(d.secret);
    const hash = secretHash(d.secret, ctx.salt);
    out.push({
      ruleId: d.rule.id,
      // Carried on the finding so custom rules from .vouch.yml (absent from the static rule list) keep theirs.
      severity: d.rule.severity,
      confidence: d.rule.confidence ?? (d.rule.generic ? 'medium' : 'high'),
      message: `${d.rule.title}: ${redacted}. Rotate it and load it from the environment or a secret manager.`,
      location: {
        path: ctx.path,
        startLine: d.line + offset,
        startColumn: d.column,
        endLine: d.endLine + offset,
        endColumn: d.endColumn,
      },
      fingerprintHint: `secret:${hash}`,
      snippet,
      properties: { redacted, secretLength: d.secret.length, secretHash: hash.slice(0, 16), ...(d.rule.verifiable?.(d.secret) ? { verifiable: true } : {}), ...(ctx.properties ?? {}) },
    });
  }
  return out;
}
