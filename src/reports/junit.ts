/**
 * JUnit XML for CI systems that show test reports. One test suite per rule, one test case per
 * finding: a finding that fails the gate is a <failure>, baseline and suppressed findings are
 * <skipped>, other new findings pass with their message in <system-out>. Scan errors and the gate
 * decision get suites of their own so a CI page shows why the job failed.
 */
import type { Finding } from '../findings/finding.js';
import type { ScanResult } from '../pipeline/scan-result.js';
import { compareText, sortedFindings, type RenderOptions } from './common.js';

interface TestCase {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  outcome:
    | { kind: 'pass'; output?: string }
    | { kind: 'failure' | 'error'; type: string; message: string; body: string }
    | { kind: 'skipped'; message: string };
}

interface Suite {
  name: string;
  cases: TestCase[];
}

export function renderJunit(result: ScanResult, _opts: RenderOptions): string {
  const blocking = new Set(result.gate.reasons.flatMap((r) => r.findings ?? []));
  const suites: Suite[] = [];

  const byRule = new Map<string, Finding[]>();
  for (const r of result.rules) byRule.set(r.id, []);
  for (const f of sortedFindings(result)) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  for (const [ruleId, findings] of [...byRule].sort(([a], [b]) => compareText(a, b))) {
    if (findings.length === 0) {
      suites.push({ name: ruleId, cases: [{ name: 'no findings', classname: ruleId, outcome: { kind: 'pass' } }] });
      continue;
    }
    suites.push({ name: ruleId, cases: findings.map((f) => findingCase(f, blocking.has(f.fingerprint))) });
  }

  if (result.notices.length > 0) {
    suites.push({
      name: 'vouch/scan',
      cases: result.notices.map((n): TestCase => ({
        name: n.path,
        classname: 'vouch/scan',
        file: n.path,
        // Warnings (scanned with a caveat) pass with the caveat as output; only errors are errors.
        outcome: n.level === 'error'
          ? { kind: 'error', type: 'scan-error', message: n.reason, body: `${n.path}: ${n.reason}` }
          : n.level === 'skipped'
            ? { kind: 'skipped', message: n.reason }
            : { kind: 'pass', output: `${n.level}: ${n.reason}` },
      })),
    });
  }

  const gate = result.gate;
  suites.push({
    name: 'vouch/gate',
    cases: [{
      name: `gate (fail-on: ${gate.failOn})`,
      classname: 'vouch/gate',
      outcome: gate.passed
        ? { kind: 'pass', ...(gate.notes.length ? { output: gate.notes.join('\n') } : {}) }
        : {
            kind: 'failure',
            type: 'gate',
            message: gate.reasons.map((r) => r.message).join('; '),
            body: [...gate.reasons.map((r) => `[${r.policy}] ${r.message}`), ...gate.notes].join('\n'),
          },
    }],
  });

  return toXml(suites, result.stats.durationMs / 1000);
}

function findingCase(f: Finding, fails: boolean): TestCase {
  const where = `${f.location.path}:${f.location.startLine}:${f.location.startColumn}`;
  const base = { name: `${where} ${f.message}`, classname: f.ruleId, file: f.location.path, line: f.location.startLine };
  if (f.status !== 'new') {
    const why = f.status === 'suppressed' ? `suppressed: ${f.suppression?.reason ?? 'no reason given'}` : 'in baseline';
    return { ...base, outcome: { kind: 'skipped', message: why } };
  }
  const detail = [`${f.severity} (${f.confidence} confidence) ${f.ruleId} at ${where}`, f.message];
  if (f.snippet) detail.push('', f.snippet);
  if (f.trace?.length) {
    detail.push('', 'data flow:', ...f.trace.map((s) => `  ${s.kind} ${s.location.path}:${s.location.startLine} ${s.message}`));
  }
  detail.push('', `fingerprint: ${f.fingerprint}`);
  if (!fails) return { ...base, outcome: { kind: 'pass', output: detail.join('\n') } };
  return { ...base, outcome: { kind: 'failure', type: f.severity, message: f.message, body: detail.join('\n') } };
}

function toXml(suites: Suite[], seconds: number): string {
  const count = (s: Suite, kind: string) => s.cases.filter((c) => c.outcome.kind === kind).length;
  const total = (kind: string) => suites.reduce((n, s) => n + count(s, kind), 0);
  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="vouch" tests="${tests}" failures="${total('failure')}" errors="${total('error')}" skipped="${total('skipped')}" time="${seconds.toFixed(3)}">`,
  ];
  for (const s of suites) {
    out.push(`  <testsuite name="${attr(s.name)}" tests="${s.cases.length}" failures="${count(s, 'failure')}" errors="${count(s, 'error')}" skipped="${count(s, 'skipped')}">`);
    for (const c of s.cases) {
      const attrs = [`name="${attr(c.name)}"`, `classname="${attr(c.classname)}"`];
      if (c.file !== undefined) attrs.push(`file="${attr(c.file)}"`);
      if (c.line !== undefined) attrs.push(`line="${c.line}"`);
      const o = c.outcome;
      if (o.kind === 'pass' && o.output === undefined) {
        out.push(`    <testcase ${attrs.join(' ')}/>`);
        continue;
      }
      out.push(`    <testcase ${attrs.join(' ')}>`);
      if (o.kind === 'pass') out.push(`      <system-out>${text(o.output ?? '')}</system-out>`);
      else if (o.kind === 'skipped') out.push(`      <skipped message="${attr(o.message)}"/>`);
      else out.push(`      <${o.kind} type="${attr(o.type)}" message="${attr(o.message)}">${text(o.body)}</${o.kind}>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

/** Characters XML 1.0 cannot carry even when escaped (controls, lone surrogates, U+FFFE/U+FFFF). */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXmlText(s: string): string {
  return s.replace(XML_INVALID, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeXmlAttr(s: string): string {
  // Newlines and tabs in attributes would be normalised to spaces by parsers; keep them as references.
  return escapeXmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

const attr = escapeXmlAttr;
const text = escapeXmlText;
