/**
 * A pull-request comment: the gate result with every reason named by its policy, findings grouped
 * by severity with their origin, the AI share per file and the review checklist. A pure function
 * of the ScanResult: snippets are already redacted, and no raw source line is ever printed here.
 */
import type { Finding } from '../findings/finding.js';
import { SEVERITIES } from '../findings/severity.js';
import type { ScanResult } from '../pipeline/scan-result.js';
import { isProvenanceSummary } from '../provenance/summary.js';

/** GitHub rejects comments over 65,536 characters; stay well below. */
const MAX_FINDINGS = 60;
const MAX_FILES = 40;

/** Untrusted text (messages, paths, tool names) made inert inside Markdown and HTML. */
export function escapeMarkdown(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1') // with [ ] escaped no link or image can form
    .replace(/@(?=\w)/g, '@\u200b'); // no accidental @-mentions from scanned content
}

function originLabel(f: Finding): string {
  const o = f.origin;
  if (!o) return 'unknown';
  if (o.kind !== 'ai') return o.kind;
  const who = [o.tool, o.model].filter(Boolean).map((s) => escapeMarkdown(s!)).join(', ');
  return `🤖 AI${who ? ` (${who})` : ''}${o.reviewed ? ', reviewed' : ', not reviewed'}`;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export function renderMarkdown(result: ScanResult): string {
  const out: string[] = [];
  const gate = result.gate;
  const newFindings = result.findings.filter((f) => f.status === 'new');
  const aiNew = newFindings.filter((f) => f.origin?.kind === 'ai').length;
  out.push(`## Vouch: ${gate.passed ? '✅ gate passed' : '❌ gate failed'}`, '');

  const counts = SEVERITIES.map((s) => [s, newFindings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const summary = newFindings.length === 0 ? 'No new findings' : `${newFindings.length} new finding${newFindings.length === 1 ? '' : 's'} (${counts.map(([s, n]) => `${n} ${s}`).join(', ')})`;
  const anyOrigin = newFindings.some((f) => f.origin);
  out.push(`${summary}${anyOrigin && newFindings.length ? `, ${aiNew} of them in AI-written code` : ''}. Fail-on threshold: \`${gate.failOn}\`.`);
  if (gate.risk) out.push('', `**Risk score:** ${gate.risk.score}/100 — ${escapeMarkdown(gate.risk.explanation)}`);
  out.push('');

  if (gate.reasons.length) {
    out.push('### Why the gate failed', '');
    for (const r of gate.reasons) out.push(`- **\`${r.policy}\`** — ${escapeMarkdown(r.message)}`);
    out.push('');
  }
  const notes = gate.notes;
  if (notes.length) {
    out.push('<details><summary>Notes</summary>', '');
    for (const n of notes) out.push(`- ${escapeMarkdown(n)}`);
    out.push('', '</details>', '');
  }

  if (newFindings.length) {
    out.push('### Findings', '');
    let shown = 0;
    for (const sev of SEVERITIES) {
      const group = newFindings.filter((f) => f.severity === sev);
      if (group.length === 0) continue;
      out.push(`#### ${sev[0]!.toUpperCase() + sev.slice(1)} (${group.length})`, '', '| Rule | Location | Origin | Message |', '| --- | --- | --- | --- |');
      for (const f of group) {
        if (shown >= MAX_FINDINGS) break;
        shown++;
        out.push(`| \`${escapeMarkdown(f.ruleId)}\` | ${escapeMarkdown(f.location.path)}:${f.location.startLine} | ${originLabel(f)} | ${escapeMarkdown(f.message)} |`);
      }
      out.push('');
    }
    if (newFindings.length > shown) out.push(`… and ${newFindings.length - shown} more (see the SARIF or JSON report).`, '');
  }
  const other = result.findings.length - newFindings.length;
  if (other > 0) out.push(`${other} baseline or suppressed finding${other === 1 ? '' : 's'} not shown.`, '');

  const prov = result.extras.provenance;
  if (isProvenanceSummary(prov)) {
    const aiFiles = prov.files.filter((f) => f.aiLines > 0).sort((a, b) => b.aiShare - a.aiShare || a.path.localeCompare(b.path));
    if (aiFiles.length) {
      out.push('### AI-written code', '');
      for (const f of aiFiles.slice(0, MAX_FILES)) {
        const tools = [...f.tools, ...f.models].map(escapeMarkdown).join(', ');
        out.push(`- ${escapeMarkdown(f.path)} — ${pct(f.aiShare)} AI-written${tools ? `, ${tools}` : ''}${f.reviewed ? ' (reviewed)' : ' (not reviewed)'}`);
      }
      if (aiFiles.length > MAX_FILES) out.push(`- … and ${aiFiles.length - MAX_FILES} more files`);
      out.push('');
    }
    if (prov.checklist.length && aiFiles.length) {
      out.push('### Review checklist for AI-written changes', '');
      for (const item of prov.checklist) out.push(`- [ ] ${escapeMarkdown(item)}`);
      out.push('', 'Record the sign-off with `vouch review --range <base>..HEAD`.', '');
    }
  }

  const errors = result.notices.filter((n) => n.level === 'error');
  if (errors.length) {
    out.push('<details><summary>Files that could not be scanned</summary>', '');
    for (const n of errors.slice(0, 50)) out.push(`- ${escapeMarkdown(n.path)}: ${escapeMarkdown(n.reason)}`);
    out.push('', '</details>', '');
  }
  out.push(`<sub>${escapeMarkdown(result.tool.name)} ${escapeMarkdown(result.tool.version)} · ${result.stats.filesScanned} files scanned</sub>`, '');
  return out.join('\n');
}
