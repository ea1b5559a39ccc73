/**
 * How findings are handed to an assistant or an editor while code is being written: short
 * text a model can act on (rule, line, what flows where, the fix, how to suppress), and a guard
 * that no secret from the scanned text survives into what is sent back.
 */
import { extname } from 'node:path';
import type { Finding } from '../findings/finding.js';
import type { RuleMeta } from '../findings/rule.js';
import { maskValue } from '../findings/redact.js';
import { severityRank } from '../findings/severity.js';

/** Comment leader for a suppression in this file's language. */
export function lineCommentFor(path: string): { open: string; close: string } {
  const ext = extname(path).toLowerCase();
  if (['.py', '.pyi', '.sh', '.bash', '.rb', '.yml', '.yaml', '.toml', '.tf', '.tfvars', '.hcl', '.env', '.ini', '.cfg', '.conf', '.properties', '.r'].includes(ext)
    || /(^|\/)(Dockerfile|Containerfile|\.env[^/]*)$/.test(path)) return { open: '# ', close: '' };
  if (['.html', '.htm', '.md', '.mdx', '.vue', '.svelte', '.xml'].includes(ext)) return { open: '<!-- ', close: ' -->' };
  if (['.css', '.scss', '.less'].includes(ext)) return { open: '/* ', close: ' */' };
  if (ext === '.sql' || ext === '.lua') return { open: '-- ', close: '' };
  return { open: '// ', close: '' };
}

export function suppressionComment(path: string, ruleId: string, reason = 'REASON'): string {
  const c = lineCommentFor(path);
  return `${c.open}vouch-ignore[${ruleId}]: ${reason}${c.close}`;
}

/** Most severe first, then by position. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity)
    || (a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : 0)
    || a.location.startLine - b.location.startLine || a.location.startColumn - b.location.startColumn);
}

/** First paragraph of a rule's fix, on one line: enough for a model to act on. */
export function shortFix(rule: RuleMeta | undefined): string | undefined {
  if (!rule) return undefined;
  return rule.fix.split(/\n\s*\n/)[0]!.replace(/\s*\n\s*/g, ' ').trim();
}

/** Several lines per finding: where, rule and severity, message, flow, fix, suppression. */
export function findingText(f: Finding, rule: RuleMeta | undefined): string {
  const at = `${f.location.path}:${f.location.startLine}:${f.location.startColumn}`;
  const lines = [`- ${at} ${f.ruleId} [${f.severity}] ${f.message}`];
  if (f.trace && f.trace.length > 1) {
    lines.push(`  flow: ${f.trace.map((s) => `line ${s.location.startLine}${s.location.path !== f.location.path ? ` of ${s.location.path}` : ''}: ${s.message}`).join(' → ')}`);
  }
  const fix = shortFix(rule);
  if (fix) lines.push(`  fix: ${fix}`);
  lines.push(`  if it is a false positive: put \`${suppressionComment(f.location.path, f.ruleId, 'why it is safe')}\` on the line above`);
  return lines.join('\n');
}

/**
 * Every span a secrets finding points at, taken from the scanned text: whatever Vouch sends
 * back is searched for these exact strings and masks them, so a secret cannot leak through a
 * message, a notice or a trace even if an analyzer forgot to redact one.
 */
export function secretSpans(text: string, findings: readonly Finding[]): string[] {
  const lines = text.split(/\r?\n/);
  const spans = new Set<string>();
  for (const f of findings) {
    if (!f.ruleId.startsWith('secrets/')) continue;
    const { startLine, startColumn, endLine, endColumn } = f.location;
    if (startLine !== endLine) continue;
    const span = lines[startLine - 1]?.slice(startColumn - 1, endColumn - 1) ?? '';
    // Short spans (a key name, a quote) are not secrets and would mask harmless text.
    if (span.trim().length >= 8) spans.add(span.trim());
  }
  return [...spans];
}

export function scrubSecrets<T>(value: T, spans: readonly string[]): T {
  if (spans.length === 0) return value;
  const json = JSON.stringify(value);
  let out = json;
  for (const s of spans) {
    const enc = JSON.stringify(s).slice(1, -1);
    out = out.split(enc).join(JSON.stringify(maskValue(s)).slice(1, -1));
  }
  return out === json ? value : (JSON.parse(out) as T);
}
