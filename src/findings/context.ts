/**
 * Where a finding sits says how much it matters. Code in tests, mocks and fixtures does not run in
 * production, and a credential in a Markdown code block, `docs/` or `examples/` is usually an
 * example value: such findings carry a `test` or `docs` tag, are one severity lower, and do not
 * fail the gate unless `policy.testAndDocs: gate` says they should (then they keep their severity).
 * A secret in a provider format with a structure that can be verified (an AWS key id, a GitHub token
 * whose checksum is right, a private key block) is the real thing wherever it is, and keeps both.
 */
import type { Finding } from './finding.js';
import { SEVERITIES, type Severity } from './severity.js';

export type PathContext = 'test' | 'docs';
export const CONTEXT_TAGS: readonly string[] = ['test', 'docs'];

/** Test code: test folders (also `stress-test/`, `integration-tests/`, `test-utils/`), mocks, fixtures, Cypress/e2e suites, `*.test.*` / `*.spec.*` / `*.cy.*` files. */
const TEST_PATH = /(^|\/)(test|tests|__tests__|__mocks__|mocks?|spec|specs|e2e|cypress|fixtures?|__fixtures__|testdata|test-data|test-fixtures|[\w.]+[-_](?:tests?|specs?)|(?:tests?|specs?)[-_][\w.]+)\/|\.(test|spec|cy|e2e)\.[cm]?[jt]sx?$/i;
/** Documentation and examples: doc folders, examples, and documentation files wherever they are. */
const DOCS_PATH = /(^|\/)(docs?|documentation|examples?|samples?)\/|\.(md|mdx|markdown|rst|adoc|asciidoc)$/i;

export function pathContext(path: string): PathContext | undefined {
  if (TEST_PATH.test(path)) return 'test';
  if (DOCS_PATH.test(path)) return 'docs';
  return undefined;
}

export function lowerSeverity(s: Severity): Severity {
  const i = SEVERITIES.indexOf(s);
  return SEVERITIES[Math.min(i + 1, SEVERITIES.length - 1)]!;
}

export function isContextTagged(f: Pick<Finding, 'tags'>): boolean {
  return (f.tags ?? []).some((t) => CONTEXT_TAGS.includes(t));
}

/**
 * Tags (and, unless `gate`, demotes) code findings in test code and secret findings in docs,
 * examples and tests. Other analyzers' findings are left as they are: a vulnerable dependency or
 * an IaC misconfiguration matters wherever its file is.
 */
export function applyPathContext(findings: Finding[], mode: 'report' | 'gate'): Finding[] {
  return findings.map((f) => {
    if (isContextTagged(f)) return f;
    const ctx = pathContext(f.location.path);
    if (!ctx) return f;
    const isCode = f.ruleId.startsWith('js/');
    const isSecret = f.ruleId.startsWith('secrets/');
    if (!(isCode && ctx === 'test') && !isSecret) return f;
    if (isSecret && f.properties?.verifiable === true) return f;
    const tags = [...(f.tags ?? []), ctx];
    return mode === 'gate' ? { ...f, tags } : { ...f, tags, severity: lowerSeverity(f.severity) };
  });
}
