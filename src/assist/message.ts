import type { Finding } from '../findings/finding.js';
import type { RuleMeta } from '../findings/rule.js';
import { redactSnippet } from '../findings/redact.js';

/** What the agent needs from a rule to act on a finding (sent from the scan worker). */
export type RuleHelp = Pick<RuleMeta, 'id' | 'title' | 'fix' | 'analyzer'>;

function oneLine(s: string, max = 300): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** The first paragraph of the rule's fix, without Markdown code fences. */
function fixText(help: RuleHelp | undefined): string | undefined {
  if (!help?.fix) return undefined;
  const para = help.fix.split(/\n\s*\n/).find((p) => p.trim() && !p.trim().startsWith('```'));
  return para ? oneLine(para, 400) : undefined;
}

/**
 * One finding as an agent should read it: rule, line, what flows where, how to fix it, how to
 * suppress it with a reason. A secret is named by kind and line only; other text goes through the
 * snippet redactor as well, since a message may quote code that holds a credential.
 */
export function describeFinding(f: Finding, help: RuleHelp | undefined, n: number): string {
  const isSecret = f.ruleId.startsWith('secrets/') || help?.analyzer === 'secrets';
  const where = f.location.startLine === f.location.endLine ? `line ${f.location.startLine}` : `lines ${f.location.startLine}-${f.location.endLine}`;
  const what = isSecret ? `${help?.title ?? 'A secret'} is hard-coded here; its value is not shown.` : redactSnippet(oneLine(f.message));
  const out = [`${n}. ${f.ruleId} (${f.severity}) at ${where}: ${what}`];
  if (!isSecret && f.trace && f.trace.length > 1) {
    const steps = f.trace.map((s) => {
      const at = s.location.path === f.location.path ? `line ${s.location.startLine}` : `${s.location.path}:${s.location.startLine}`;
      return `${redactSnippet(oneLine(s.message, 120))} (${at})`;
    });
    out.push(`   Flow: ${steps.join(' → ')}`);
  }
  const fix = isSecret
    ? 'Remove it from the code and read it from the environment or a secret store (e.g. process.env.NAME); treat the value as leaked and rotate it.'
    : fixText(help);
  if (fix) out.push(`   Fix: ${fix}`);
  out.push(`   If this is a false positive, put \`// vouch-ignore[${f.ruleId}]: <why it is safe>\` on the line above (use # in languages with # comments).`);
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
