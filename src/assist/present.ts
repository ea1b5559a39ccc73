/**
 * How findings are handed to an assistant or an editor while code is being written (hooks, the
 * MCP server, the language server): short text a model can act on (rule, line, what flows where,
 * the fix, how to suppress), and a guard that no secret from the scanned text survives into what
 * is sent back.
 */
import { extname } from 'node:path';
import type { Finding } from '../findings/finding.js';
import type { RuleMeta } from '../findings/rule.js';
import { maskValue, redactSnippet } from '../findings/redact.js';
import { severityRank } from '../findings/severity.js';

/** What the agent needs from a rule to act on a finding (sent from the scan worker). */
export type RuleHelp = Pick<RuleMeta, 'id' | 'title' | 'fix' | 'analyzer'>;

function oneLine(s: string, max = 300): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

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

/** The first paragraph of a rule's fix that is not a code block, on one line: enough for a model to act on. */
export function shortFix(rule: Pick<RuleMeta, 'fix'> | undefined): string | undefined {
  if (!rule?.fix) return undefined;
  const para = rule.fix.split(/\n\s*\n/).find((p) => p.trim() && !p.trim().startsWith('```'));
  return para ? oneLine(para, 400) : undefined;
}

/** The steps of a data flow on one line, each with where it happens; messages pass the snippet redactor. */
function flowText(f: Finding): string | undefined {
  if (!f.trace || f.trace.length < 2) return undefined;
  return f.trace.map((s) => {
    const at = s.location.path === f.location.path ? `line ${s.location.startLine}` : `${s.location.path}:${s.location.startLine}`;
    return `${redactSnippet(oneLine(s.message, 120))} (${at})`;
  }).join(' → ');
}

function isSecretFinding(f: Finding, help?: Pick<RuleMeta, 'analyzer'>): boolean {
  return f.ruleId.startsWith('secrets/') || help?.analyzer === 'secrets';
}

const SECRET_FIX = 'Remove it from the code and read it from the environment or a secret store (e.g. process.env.NAME); treat the value as leaked and rotate it.';

/** Several lines per finding (MCP tool text): where, rule and severity, message, flow, fix, suppression. */
export function findingText(f: Finding, rule: RuleMeta | undefined): string {
  const at = `${f.location.path}:${f.location.startLine}:${f.location.startColumn}`;
  const lines = [`- ${at} ${f.ruleId} [${f.severity}] ${f.message}`];
  const flow = flowText(f);
  if (flow) lines.push(`  flow: ${flow}`);
  const fix = shortFix(rule);
  if (fix) lines.push(`  fix: ${fix}`);
  lines.push(`  if it is a false positive: put \`${suppressionComment(f.location.path, f.ruleId, 'why it is safe')}\` on the line above`);
  return lines.join('\n');
}

/**
 * One finding as an agent reads it in a hook's answer: rule, line, what flows where, how to fix
 * it, how to suppress it with a reason. A secret is named by kind and line only; other text goes
 * through the snippet redactor as well, since a message may quote code that holds a credential.
 */
export function describeFinding(f: Finding, help: RuleHelp | undefined, n: number): string {
  const isSecret = isSecretFinding(f, help);
  const where = f.location.startLine === f.location.endLine ? `line ${f.location.startLine}` : `lines ${f.location.startLine}-${f.location.endLine}`;
  const what = isSecret ? `${help?.title ?? 'A secret'} is hard-coded here; its value is not shown.` : redactSnippet(oneLine(f.message));
  const out = [`${n}. ${f.ruleId} (${f.severity}) at ${where}: ${what}`];
  const flow = isSecret ? undefined : flowText(f);
  if (flow) out.push(`   Flow: ${flow}`);
  const fix = isSecret ? SECRET_FIX : shortFix(help);
  if (fix) out.push(`   Fix: ${fix}`);
  out.push(`   If this is a false positive, put \`${suppressionComment(f.location.path, f.ruleId, '<why it is safe>')}\` on the line above.`);
  return out.join('\n');
}

/** The whole message for one edit: short, actionable, most severe first (findings arrive sorted). */
export function editMessage(opts: { path: string; findings: Finding[]; rules: Record<string, RuleHelp>; threshold: string; written: boolean }): string {
  const n = opts.findings.length;
  const head = opts.written
    ? `Vouch: the edit to ${opts.path} introduced ${n} security finding${n === 1 ? '' : 's'} at or above ${opts.threshold}. Fix ${n === 1 ? 'it' : 'them'} now:`
    : `Vouch blocked this edit to ${opts.path}: it would introduce ${n} security finding${n === 1 ? '' : 's'} at or above ${opts.threshold}. Rewrite the edit without ${n === 1 ? 'it' : 'them'}:`;
  const shown = opts.findings.slice(0, 5);
  const body = shown.map((f, i) => describeFinding(f, opts.rules[f.ruleId], i + 1));
  if (n > shown.length) body.push(`… and ${n - shown.length} more (run \`vouch scan ${opts.path}\`).`);
  return [head, '', ...body, ''].join('\n');
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
