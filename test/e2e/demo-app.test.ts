/**
 * End-to-end: the built CLI scans the demo app (examples/ai-app) and must report exactly the
 * findings listed in examples/ai-app/expected-findings.json — no more, no fewer, same lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = process.cwd();
const DEMO_DIR = 'examples/ai-app';
const CLI = path.join(ROOT, 'bin', 'vouch.js');

interface ExpectedFinding { ruleId: string; path: string; line: number }
interface JsonFinding {
  ruleId: string;
  status?: string;
  location: { path: string; startLine: number; endLine: number };
}

function loadExpected(): ExpectedFinding[] {
  const file = path.join(ROOT, DEMO_DIR, 'expected-findings.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { findings: ExpectedFinding[] }).findings;
}

/** Paths may be reported relative to the scanned folder or to the repo root; compare them relative to the demo app. */
function demoRelative(reported: string): string {
  const clean = reported.replace(/\\/g, '/').replace(/^\.\//, '');
  const prefix = `${DEMO_DIR}/`;
  if (clean.startsWith(prefix)) return clean.slice(prefix.length);
  const abs = path.resolve(ROOT, DEMO_DIR).replace(/\\/g, '/') + '/';
  if (clean.startsWith(abs)) return clean.slice(abs.length);
  return clean;
}

function key(f: { ruleId: string; path: string; line: number }): string {
  return `${f.ruleId} ${f.path}:${f.line}`;
}

function runScan(extraArgs: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'scan', DEMO_DIR, '--only', 'code', ...extraArgs], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

test('demo app: the code scan reports exactly the expected findings', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vouch-e2e-'));
  try {
    const out = path.join(dir, 'result.json');
    const run = runScan(['--format', 'json', '--fail-on', 'none', '--output', `json=${out}`]);
    assert.equal(run.status, 0, `scan with --fail-on none should exit 0; stderr:\n${run.stderr}`);
    const text = existsSync(out) ? readFileSync(out, 'utf8') : run.stdout;
    const parsed = JSON.parse(text) as { findings?: JsonFinding[] } | JsonFinding[];
    const findings = Array.isArray(parsed) ? parsed : parsed.findings ?? [];

    const actual = new Set(
      findings
        .filter((f) => f.ruleId.startsWith('js/') && f.status !== 'suppressed')
        .map((f) => key({ ruleId: f.ruleId, path: demoRelative(f.location.path), line: f.location.startLine })),
    );
    const expected = new Set(loadExpected().map(key));

    const missing = [...expected].filter((k) => !actual.has(k)).sort();
    const unexpected = [...actual].filter((k) => !expected.has(k)).sort();
    assert.deepEqual(
      { missing, unexpected },
      { missing: [], unexpected: [] },
      `findings differ from ${DEMO_DIR}/expected-findings.json`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('demo app: the default gate (--fail-on high) fails with exit code 1', () => {
  const run = runScan(['--format', 'json']);
  assert.equal(run.status, 1, `expected the gate to fail; stderr:\n${run.stderr}`);
});
