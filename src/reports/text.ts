/**
 * Human report for a terminal: findings grouped by file with a code frame from the redacted
 * snippet, the data-flow path of taint findings, scan notices, a summary line and the gate.
 */
import type { Finding, TraceStep } from '../findings/finding.js';
import { SEVERITIES } from '../findings/severity.js';
import type { ScanResult } from '../pipeline/scan-result.js';
import { palette, type Palette } from './ansi.js';
import {
  countBySeverity, countByStatus, displayRoot, formatDuration, gateRisk, NOTICE_LEVELS, noticesOfLevel, plural,
  sortedFindings, stripControlChars, type RenderOptions,
} from './common.js';

/** Long minified lines would drown the report; the frame shows at most this much of a line. */
const MAX_FRAME_LINE = 160;
const MAX_FRAME_LINES = 6;

export function renderText(result: ScanResult, opts: RenderOptions): string {
  const c = palette(opts.color);
  const quiet = opts.quiet === true;
  const out: string[] = [];
  const findings = sortedFindings(result);
  const active = findings.filter((f) => f.status === 'new');
  const inactive = findings.filter((f) => f.status !== 'new');

  for (const [path, group] of groupByPath(active)) {
    out.push(c.bold(c.cyan(clean(path))));
    for (const f of group) {
      out.push(...findingLines(f, c, quiet), '');
    }
  }

  if (!quiet && inactive.length > 0) {
    out.push(c.bold('Not counted by the gate'));
    for (const f of inactive) {
      const why = f.status === 'suppressed'
        ? `suppressed: ${f.suppression?.reason ? clean(f.suppression.reason) : 'no reason given'}`
        : 'baseline';
      out.push(`  ${c.dim(`${clean(f.location.path)}:${f.location.startLine}`)}  ${f.severity}  ${f.ruleId}  ${c.dim(`(${why})`)}`);
    }
    out.push('');
  }

  const known = NOTICE_LEVELS as readonly string[];
  const sections: { title: string; notices: ScanResult['notices']; style: (s: string) => string; inQuiet: boolean }[] = [
    { title: 'Scan errors', notices: noticesOfLevel(result.notices, 'error'), style: (s) => c.bold(c.red(s)), inQuiet: true },
    { title: 'Scan warnings', notices: noticesOfLevel(result.notices, 'warning'), style: (s) => c.bold(c.yellow(s)), inQuiet: false },
    { title: 'Skipped files', notices: noticesOfLevel(result.notices, 'skipped'), style: c.bold, inQuiet: false },
    { title: 'Other notices', notices: result.notices.filter((n) => !known.includes(n.level)), style: c.bold, inQuiet: false },
  ];
  for (const section of sections) {
    if (section.notices.length === 0 || (quiet && !section.inQuiet)) continue;
    out.push(section.style(`${section.title} (${section.notices.length})`));
    for (const n of section.notices) out.push(`  ${clean(n.path)}: ${clean(n.reason)}${n.analyzer ? c.dim(` [${clean(n.analyzer)}]`) : ''}`);
    out.push('');
  }

  out.push(summaryLine(result, c, opts));
  out.push(...gateLines(result, c));
  return out.join('\n') + '\n';
}

function groupByPath(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.location.path) ?? [];
    list.push(f);
    groups.set(f.location.path, list);
  }
  return groups;
}

function findingLines(f: Finding, c: Palette, quiet: boolean): string[] {
  const { startLine, startColumn } = f.location;
  const tags: string[] = [];
  if (f.confidence !== 'high') tags.push(`${f.confidence} confidence`);
  for (const t of f.tags ?? []) tags.push(t === 'test' ? 'test code' : t);
  if (f.origin?.kind === 'ai') tags.push(`AI-written${f.origin.tool ? ` (${clean(f.origin.tool)})` : ''}`);
  const head = `  ${c.dim(`${startLine}:${startColumn}`)}  ${c.severity(f.severity, f.severity.padEnd(8))} ` +
    `${clean(f.message)}  ${c.dim(f.ruleId)}${tags.length ? c.dim(`  [${tags.join(', ')}]`) : ''}`;
  const lines = [head];
  if (quiet) return lines;
  lines.push(...codeFrame(f, c));
  if (f.trace && f.trace.length > 0) lines.push(...traceLines(f.trace, f.location.path, c));
  return lines;
}

/** Numbered lines of the redacted snippet, with a caret under the flagged span of a one-line finding. */
function codeFrame(f: Finding, c: Palette): string[] {
  const text = f.snippet.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  if (text.trim() === '') return [];
  const all = text.split('\n');
  const shown = all.slice(0, MAX_FRAME_LINES);
  const { startLine, endLine, startColumn, endColumn } = f.location;
  const width = String(startLine + shown.length - 1).length;
  const frame: string[] = [];
  shown.forEach((raw, i) => {
    const lineNo = String(startLine + i).padStart(width);
    frame.push(`    ${c.dim(`${lineNo} |`)} ${truncate(clean(raw.replace(/\t/g, '  ')))}`);
  });
  if (all.length > shown.length) frame.push(`    ${' '.repeat(width)} ${c.dim(`| … ${all.length - shown.length} more lines`)}`);
  if (shown.length === 1 && startLine === endLine && startColumn <= MAX_FRAME_LINE) {
    // Tabs were widened to two spaces above, so widen them in the prefix too.
    const prefix = (shown[0] ?? '').slice(0, Math.max(0, startColumn - 1)).replace(/\t/g, '  ');
    const span = Math.max(1, Math.min(endColumn - startColumn, MAX_FRAME_LINE - startColumn + 1));
    frame.push(`    ${' '.repeat(width)} ${c.dim('|')} ${' '.repeat(prefix.length)}${c.red('^'.repeat(span))}`);
  }
  return frame;
}

/** Source → steps → sink, one compact line per step. */
function traceLines(trace: TraceStep[], findingPath: string, c: Palette): string[] {
  const lines = [`    ${c.dim('data flow:')}`];
  trace.forEach((step, i) => {
    const where = step.location.path === findingPath
      ? `line ${step.location.startLine}`
      : `${clean(step.location.path)}:${step.location.startLine}`;
    const arrow = i === 0 ? '  ' : '→ ';
    lines.push(`      ${arrow}${c.dim(`${step.kind.padEnd(6)} ${where}`)}  ${clean(step.message)}`);
  });
  return lines;
}

function summaryLine(result: ScanResult, c: Palette, opts: RenderOptions): string {
  const bySeverity = countBySeverity(result.findings);
  const byStatus = countByStatus(result.findings);
  const severityParts = SEVERITIES.filter((s) => bySeverity[s] > 0).map((s) => c.severity(s, `${bySeverity[s]} ${s}`));
  const total = plural(result.findings.length, 'finding');
  const parts = [
    severityParts.length ? `${total} (${severityParts.join(', ')})` : total,
    `${byStatus.new} new, ${byStatus.baseline} baseline, ${byStatus.suppressed} suppressed`,
    `${plural(result.stats.filesScanned, 'file')} scanned in ${displayRoot(opts)}` +
      (result.stats.filesSkipped ? `, ${result.stats.filesSkipped} skipped` : '') +
      (result.stats.filesWithErrors ? `, ${plural(result.stats.filesWithErrors, 'error')}` : ''),
    formatDuration(result.stats.durationMs),
  ];
  return parts.join(' · ');
}

function gateLines(result: ScanResult, c: Palette): string[] {
  const { gate } = result;
  const lines: string[] = [];
  if (gate.passed) {
    lines.push(`${c.bold(c.green('Gate passed'))} ${c.dim(`(fail-on: ${gate.failOn})`)}`);
  } else {
    lines.push(`${c.bold(c.red('Gate failed'))} ${c.dim(`(fail-on: ${gate.failOn})`)}`);
    for (const r of gate.reasons) lines.push(`  ${c.red('✗')} ${clean(r.message)} ${c.dim(`[${r.policy}]`)}`);
  }
  for (const note of gate.notes) lines.push(`  ${c.yellow('!')} ${clean(note)}`);
  const risk = gateRisk(result);
  if (risk) lines.push(`  ${c.dim('risk')} ${risk.score.toFixed(2)}: ${clean(risk.explanation)}`);
  return lines;
}

function truncate(line: string): string {
  return line.length > MAX_FRAME_LINE ? `${line.slice(0, MAX_FRAME_LINE - 1)}…` : line;
}

const clean = stripControlChars;
